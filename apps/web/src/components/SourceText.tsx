// The article verbatim, each part a paragraph, every annotated span marked and linked to its atom.
import type { ReactNode } from "react";
import type { Annotation, SourceView } from "@/lib/api";
import { ANNOTATION_CLASSES } from "@/lib/atomTitles";
import { cutIntoPieces, innermost } from "@/lib/segments";
import { atomHref, sourceFragment } from "@/lib/site";

type Marked = Annotation & { start: number; end: number };

const classOf = (a: Annotation) => ANNOTATION_CLASSES[a.atomKind]?.className ?? "k-other";
const labelOf = (a: Annotation) => ANNOTATION_CLASSES[a.atomKind]?.label ?? a.atomKind;

export function SourceText({ storyId, source, titles }: { storyId: string; source: SourceView; titles: Map<string, string> }) {
  const marked: Marked[] = source.annotations.map((a) => ({ ...a, start: a.span.start, end: a.span.end }));
  const firstOf = new Map<string, number>();
  for (const a of [...marked].sort((x, y) => x.start - y.start)) if (!firstOf.has(a.atomId)) firstOf.set(a.atomId, a.start);
  const anchorIds = (a: Marked) => [sourceFragment(a.atomId, a.start), ...(firstOf.get(a.atomId) === a.start ? [a.atomId] : [])];

  return (
    <div className="source-text">
      {source.parts.map((part) => {
        const pieces = cutIntoPieces(source.text, part.span.start, part.span.end, marked);
        const seen = new Set<string>();
        const content: ReactNode[] = [];
        for (const piece of pieces) {
          for (const a of piece.starting) {
            for (const id of anchorIds(a)) {
              if (seen.has(id)) continue;
              seen.add(id);
              content.push(<span key={`anchor-${id}`} id={id} className="anchor" />);
            }
          }
          const target = innermost(piece);
          if (!target) {
            content.push(piece.text);
            continue;
          }
          const classes = [...new Set(piece.covering.map(classOf))].join(" ");
          content.push(
            <a
              key={`piece-${piece.start}`}
              className={`ann ${classes}`}
              href={atomHref(storyId, target.atomId)}
              title={`${labelOf(target)}: ${titles.get(target.atomId) ?? target.atomId}`}
            >
              {piece.text}
            </a>,
          );
        }
        const className = part.kind === "headline" ? "headline" : part.kind === "caption" ? "caption" : undefined;
        return (
          <p key={part.id} id={part.id} className={className}>
            {content}
          </p>
        );
      })}
    </div>
  );
}
