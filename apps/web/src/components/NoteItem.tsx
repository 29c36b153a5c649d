// One editorial note: what we noticed in the text, the words it rests on, and the atoms it touches.
import Link from "next/link";
import type { Story } from "@dossier/domain";
import { NOTE_KIND_LABELS } from "@dossier/domain/vocabulary";
import { atomHref, sourceHref } from "@/lib/site";

type Note = Story["notes"][number];

export function NoteItem({ storyId, note, titles }: { storyId: string; note: Note; titles: Map<string, string> }) {
  return (
    <li id={note.id}>
      <span className="badge">{NOTE_KIND_LABELS[note.kind]}</span> {note.text}
      <br />
      <span className="meta">
        In the text:{" "}
        {note.spans.map((s, i) => (
          <span key={s.start}>
            {i > 0 ? " · " : ""}
            <Link href={sourceHref(storyId, note.id, s.start)}>“{s.exact}”</Link>
          </span>
        ))}
      </span>
      {note.atoms.length > 0 && (
        <>
          <br />
          <span className="meta">
            Touches:{" "}
            {note.atoms.map((id, i) => (
              <span key={id}>
                {i > 0 ? " · " : ""}
                <Link href={atomHref(storyId, id)}>{titles.get(id) ?? id}</Link>
              </span>
            ))}
          </span>
        </>
      )}
    </li>
  );
}
