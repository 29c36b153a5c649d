// A span of the source read in its sentence: the words around it, the span itself marked.
import Link from "next/link";
import { PART_WORDS } from "@/lib/words";

export interface ExcerptView {
  span: { start: number; end: number; exact: string };
  part: { id: string; kind: string } | null;
  before: string;
  after: string;
}

export function Excerpt({ excerpt, sourceHref, note }: { excerpt: ExcerptView; sourceHref: string; note?: string }) {
  const where = excerpt.part ? (PART_WORDS[excerpt.part.kind] ?? excerpt.part.kind) : "the text";
  return (
    <figure className="excerpt">
      <blockquote cite={sourceHref}>
        <p>
          {excerpt.before ? `…${excerpt.before}` : ""}
          <mark>{excerpt.span.exact}</mark>
          {excerpt.after}
          {/* The context was cut mid-sentence only when it does not end a sentence itself. */}
          {excerpt.after && !/[.!?”"’]\s*$/.test(excerpt.after) ? "…" : ""}
        </p>
      </blockquote>
      <figcaption className="meta">
        In {where}, characters {excerpt.span.start}–{excerpt.span.end}
        {note ? ` · ${note}` : ""} · <Link href={sourceHref}>See it in the source</Link>
      </figcaption>
    </figure>
  );
}
