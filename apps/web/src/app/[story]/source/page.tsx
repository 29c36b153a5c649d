import Link from "next/link";
import type { Metadata } from "next";
import { NOTE_KIND_LABELS } from "@dossier/domain/vocabulary";
import { SourceText } from "@/components/SourceText";
import { api, storyModel } from "@/lib/api";
import { ANNOTATION_CLASSES, atomTitles } from "@/lib/atomTitles";
import { pageMetadata } from "@/lib/meta";
import { atomHref } from "@/lib/site";

type Props = { params: Promise<{ story: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { story } = await params;
  return pageMetadata(
    `/${story}/source`,
    "The source, annotated",
    "The article verbatim, with every claim, quotation, actor and note marked where it stands.",
  );
}

export default async function SourcePage({ params }: Props) {
  const { story: storyId } = await params;
  const [source, model] = await Promise.all([api.story.source({ storyId }), storyModel(storyId)]);
  const titles = atomTitles(model);
  const legend = [
    ...new Map(Object.values(ANNOTATION_CLASSES).map((c) => [c.className === "k-event" ? "k-time" : c.className, c.label])),
  ];
  return (
    <>
      <h1>The source, annotated</h1>
      <p>
        The article exactly as given to us, typos and all. Each marked stretch links to what we read in it; where marks overlap,
        the link goes to the innermost one. Tab through the marks; the oddities we noted are listed under the text.
      </p>
      <figure className="legend">
        <figcaption>Marks by kind</figcaption>
        <ul>
          {legend.map(([className, label]) => (
            <li key={className}>
              <span className={`swatch ${className}`} aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
      </figure>
      <SourceText storyId={storyId} source={source} titles={titles} />

      <h2>Oddities of the text</h2>
      <ul className="atom-list">
        {model.notes.map((note) => (
          <li key={note.id}>
            <span className="badge">{NOTE_KIND_LABELS[note.kind]}</span>{" "}
            {note.spans.map((s, i) => (
              <span key={s.start}>
                {i > 0 ? " · " : ""}
                <a href={`#${note.id}@${s.start}`}>“{s.exact}”</a>
              </span>
            ))}
            <br />
            {note.text} <Link href={atomHref(storyId, note.id)}>In context</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
