// The article as HTML: each part a paragraph, every annotated span marked by kind and linked to
// its atom, an empty anchor where each annotation starts. Built as one string because as React
// elements the ~1,000 nodes would also ship as the page's hydration payload, element by element.
import type { Annotation, SourceView } from "./api";
import { ANNOTATION_CLASSES } from "./atomTitles";
import { cutIntoPieces, innermost } from "./segments";
import { atomHref, sourceFragment } from "./site";

type Marked = Annotation & { start: number; end: number };

const classOf = (a: Annotation) => ANNOTATION_CLASSES[a.atomKind]?.className ?? "k-other";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function sourceHtml(storyId: string, source: Pick<SourceView, "text" | "parts" | "annotations">): string {
  const marked: Marked[] = source.annotations.map((a) => ({ ...a, start: a.span.start, end: a.span.end }));
  const firstOf = new Map<string, number>();
  for (const a of [...marked].sort((x, y) => x.start - y.start)) if (!firstOf.has(a.atomId)) firstOf.set(a.atomId, a.start);
  const anchorIds = (a: Marked) => [sourceFragment(a.atomId, a.start), ...(firstOf.get(a.atomId) === a.start ? [a.atomId] : [])];

  const paragraphs = source.parts.map((part) => {
    const pieces = cutIntoPieces(source.text, part.span.start, part.span.end, marked);
    // How many linked pieces each atom has here, to drop tiny fragments of long ones.
    const piecesOf = new Map<string, number>();
    for (const piece of pieces) {
      const target = innermost(piece);
      if (target) piecesOf.set(target.atomId, (piecesOf.get(target.atomId) ?? 0) + 1);
    }
    const seen = new Set<string>();
    let html = "";
    for (const piece of pieces) {
      for (const a of piece.starting) {
        for (const id of anchorIds(a)) {
          if (seen.has(id)) continue;
          seen.add(id);
          html += `<span id="${escapeHtml(id)}" class="anchor"></span>`;
        }
      }
      const text = escapeHtml(piece.text);
      const target = innermost(piece);
      if (!target) {
        html += text;
        continue;
      }
      const classes = [...new Set(piece.covering.map(classOf))].join(" ");
      // A space or a lone mark between two spans is marked but not a link: a link needs words to name
      // it, and a sliver like " is " between two links is too small to hit; the rest of its span links.
      const sliver = piece.text.trim().length < 3 && (piecesOf.get(target.atomId) ?? 0) > 1;
      html +=
        !/[\p{L}\p{N}]/u.test(piece.text) || sliver
          ? `<span class="ann ${classes}">${text}</span>`
          : `<a class="ann ${classes}" href="${escapeHtml(atomHref(storyId, target.atomId))}">${text}</a>`;
    }
    const kind = part.kind === "headline" ? ' class="headline"' : part.kind === "caption" ? ' class="caption"' : "";
    return `<p id="${escapeHtml(part.id)}"${kind}>${html}</p>`;
  });
  return paragraphs.join("");
}
