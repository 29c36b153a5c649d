import type { RouterOutputs } from "@dossier/api";
import { listPage, text, type Page, type Target } from "./page";

type Hit = RouterOutputs["search"]["query"][number];

const targetOf = (hit: Hit): Target | null => {
  if (hit.kind === "claim") return { kind: "claim", id: hit.id };
  if (hit.kind === "quotation") return { kind: "quote", id: hit.id };
  if (hit.kind === "entity") return { kind: "actor", id: hit.id };
  return hit.match ? { kind: "source", span: hit.match } : null;
};

/** Hits best first; enter opens the atom, or its words in the source when it has no page of its own. */
export function searchPage(query: string, hits: readonly Hit[]): Page {
  return listPage(
    query ? `Search · ${query}` : "Search",
    hits,
    (hit) => ({
      lines: [
        [
          text(`${hit.kind.padEnd(9)} `, "muted"),
          text(hit.title),
          ...(hit.match ? [text(`  “${hit.match.exact}”`, "muted")] : []),
        ],
      ],
      target: targetOf(hit),
      span: hit.match ? { start: hit.match.start, end: hit.match.end } : null,
      cite: hit.title,
    }),
    query ? `Nothing matches “${query}”.` : "Press / and type to search the story.",
  );
}
