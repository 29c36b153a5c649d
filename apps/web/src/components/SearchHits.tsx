// A list of search hits: what kind of thing, its title linked to its page, and the words that matched.
import type { RouterOutputs } from "@dossier/api";
import { atomHref } from "@/lib/site";

export type SearchHit = RouterOutputs["search"]["query"][number];

export const HIT_KIND_LABELS: Record<string, string> = {
  entity: "Actor",
  claim: "Claim",
  quotation: "Quotation",
  event: "Event",
  time: "Time",
  quantity: "Figure",
  exchange: "Exchange",
  sanction: "Sanction",
  instrument: "Law",
  note: "Note",
  external: "Outside fact",
  keyPoint: "Key point",
};

export function SearchHits({ storyId, hits }: { storyId: string; hits: readonly SearchHit[] }) {
  return (
    <ol className="atom-list search-hits">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`}>
          <span className="badge">{HIT_KIND_LABELS[hit.kind] ?? hit.kind}</span>{" "}
          <a href={atomHref(storyId, hit.id)}>{hit.title}</a>
          {hit.match && (
            <>
              <br />
              <span className="meta">In the text: “{hit.match.exact}”</span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
