import type { Story } from "../../schema/story";
import { lookupOf } from "../lookup";
import { inSourceOrder } from "../sourceOrder";
import { toCsv } from "./csv";

export const QUOTATIONS_CSV_HEADER = [
  "id",
  "speaker",
  "speaker_name",
  "speaker_attribution",
  "text",
  "partial",
  "unclosed",
  "appearances",
  "first_start",
  "first_end",
  "reporting_verb",
  "source_sha256",
  "data_version",
] as const;

/** One row per quotation, in the order the text first prints them, with where it first appears. */
export function quotationsCsv(story: Story, dataVersion: string): string {
  const { entities } = lookupOf(story);
  const rows = inSourceOrder(story.quotations).map((quote) => {
    const first = quote.appearances.reduce((a, b) => (b.span.start < a.span.start ? b : a));
    return [
      quote.id,
      quote.speaker,
      entities.get(quote.speaker)?.name ?? null,
      quote.attribution.kind,
      quote.text,
      String(quote.partial),
      String(quote.unclosed),
      quote.appearances.length,
      first.span.start,
      first.span.end,
      first.reportingVerb?.exact ?? null,
      story.source.sha256,
      dataVersion,
    ];
  });
  return toCsv([QUOTATIONS_CSV_HEADER, ...rows]);
}
