// The story's collections as plain text for people: one block per atom, its id last so a script
// or a person can ask for it. Input is already sanitised; these only lay it out.
import type { RouterOutputs } from "@dossier/api";

import { wrap, wrapHanging } from "./wrap";
import { statusLabel, roleLabel, entityKindLabel, edgeLabel } from "./labels";

type Out = RouterOutputs;
export type Names = ReadonlyMap<string, string>;

const nameOf = (names: Names, id: string | null): string => (id === null ? "the article" : (names.get(id) ?? id));
const block = (lines: string[]): string => lines.join("\n");

/** Each claim: its words, how the article presents it, who makes it, and the source words. */
export function claimsText(claims: Out["claims"]["list"], names: Names, width: number): string {
  if (claims.length === 0) return "No claim matches.";
  return claims
    .map((claim) => {
      const first = claim.appearances[0];
      const verb = first?.reportingVerb?.exact;
      const words = first?.spans.map((span) => span.exact).join(" … ");
      return block([
        ...wrapHanging(claim.text, width, "• "),
        ...wrapHanging(
          `${statusLabel(claim.status)} · ${roleLabel(claim.role)} · ${nameOf(names, claim.claimant)}${verb ? ` (${verb})` : ""}`,
          width,
          "  ",
        ),
        ...(words ? wrapHanging(`“${words}”`, width, "  ") : []),
        `  ${claim.id}`,
      ]);
    })
    .join("\n\n");
}

/** Each quotation verbatim with its speaker and every reporting verb. */
export function quotesText(quotations: Out["quotations"]["list"], names: Names, width: number): string {
  return quotations
    .map((quotation) => {
      const verbs = quotation.appearances.map((appearance) => appearance.reportingVerb?.exact).filter(Boolean);
      const flags = [quotation.partial ? "partial" : "", quotation.unclosed ? "never closed" : ""].filter(Boolean);
      return block([
        ...wrapHanging(`“${quotation.text}”`, width, "• "),
        ...wrapHanging(
          `— ${nameOf(names, quotation.speaker)}${verbs.length ? ` (${verbs.join(", ")})` : ""}${flags.length ? ` [${flags.join(", ")}]` : ""}`,
          width,
          "  ",
        ),
        `  ${quotation.id}`,
      ]);
    })
    .join("\n\n");
}

/** Each actor with its kind, other names and how often the text names it. */
export function actorsText(entities: Out["entities"]["list"], width: number): string {
  return entities
    .map((entity) =>
      block([
        ...wrapHanging(
          `${entity.name} — ${entityKindLabel(entity.kind)}, ${entity.mentions.length} mention${entity.mentions.length === 1 ? "" : "s"}`,
          width,
          "• ",
        ),
        ...(entity.aliases.length ? wrapHanging(`also: ${entity.aliases.join(", ")}`, width, "  ") : []),
        `  ${entity.id}`,
      ]),
    )
    .join("\n");
}

/** A normalised interval as text, open ends shown as "…". */
export function intervalText(interval: { start: string | null; end: string | null } | null): string {
  if (!interval) return "undated";
  if (interval.start === interval.end) return interval.start ?? "undated";
  return `${interval.start ?? "…"} – ${interval.end ?? "…"}`;
}

/** Events in time order, each with its time as written and the interval read from it. */
export function timelineText(entries: Out["story"]["timeline"], width: number): string {
  return entries
    .map((entry) =>
      block([
        ...wrapHanging(entry.event.label, width, "• "),
        ...wrapHanging(
          `${entry.time ? `“${entry.time.span.exact}” ` : ""}${intervalText(entry.interval)} · ${entry.mode}`,
          width,
          "  ",
        ),
        `  ${entry.event.id}`,
      ]),
    )
    .join("\n");
}

/** Hits best first, each with the source words it matched. */
export function searchText(hits: Out["search"]["query"], query: string, width: number): string {
  if (hits.length === 0) return wrap(`Nothing in the story matches “${query}”.`, width).join("\n");
  return hits
    .map((hit) =>
      block([
        ...wrapHanging(`${hit.title}`, width, "• "),
        ...(hit.match ? wrapHanging(`“${hit.match.exact}”`, width, "  ") : []),
        `  ${hit.kind} ${hit.id}`,
      ]),
    )
    .join("\n");
}

/** Who deals with whom, one line per relation, grouped by the entity it starts from. */
export function networkText(network: Out["story"]["network"], width: number): string {
  const names = new Map(network.nodes.map((node) => [node.id, node.name]));
  const lines: string[] = [];
  for (const node of network.nodes) {
    const edges = network.edges.filter((edge) => edge.from === node.id);
    if (edges.length === 0) continue;
    lines.push(...wrap(node.name, width));
    for (const edge of edges)
      lines.push(...wrapHanging(`${edgeLabel(edge.kind)} ${names.get(edge.to) ?? edge.to}`, width, "  └ "));
  }
  return lines.join("\n");
}
