import type { RouterOutputs } from "@dossier/api";

import { wrap, wrapHanging } from "./wrap";
import { statusLabel } from "./labels";

type Overview = RouterOutputs["story"]["overview"];

export interface TextStyle {
  /** Columns to fill; the text keeps to a readable measure even on wide terminals. */
  width: number;
  /** Bold for the title when the terminal shows it. */
  bold: (text: string) => string;
}

const MAX_MEASURE = 88;

/** A story's title, summary and key points as terminal text. */
export function overviewText(overview: Overview, { width, bold }: TextStyle): string {
  const measure = Math.max(20, Math.min(width, MAX_MEASURE));
  const { metadata } = overview.source;
  const byline = [metadata.publisher, metadata.byline, metadata.published].filter(Boolean).join(" · ");
  const titleLines = wrap(overview.title, measure);
  const rule = "=".repeat(Math.max(...titleLines.map((line) => line.length)));
  const counts = overview.counts;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const tally = [
    count(counts.claims, "claim", "claims"),
    count(counts.quotations, "quotation", "quotations"),
    count(counts.entities, "entity", "entities"),
    count(counts.events, "event", "events"),
  ].join(" · ");
  return [
    ...titleLines.map(bold),
    rule,
    ...(byline ? wrap(byline, measure) : []),
    "",
    ...wrap(overview.summary, measure),
    "",
    bold("Key points"),
    ...overview.keyPoints.flatMap((point) => [
      ...wrapHanging(point.text, measure, "  • "),
      // Where to check it: the claims behind the point, with how the article presents each.
      ...wrapHanging(point.claims.map((claim) => `${claim.id} (${statusLabel(claim.status)})`).join(", "), measure, "    ↳ "),
    ]),
    "",
    ...wrap(tally, measure),
    ...wrap("Every claim with its source words: dossier claims; browse them: dossier", measure),
    "",
  ].join("\n");
}
