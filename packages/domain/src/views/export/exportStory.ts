import { EXPORT_FORMATS, type ExportFormatName } from "../../vocabulary";
import type { Story } from "../../schema/story";
import { claimsCsv } from "./claimsCsv";
import { followTheMoneyLines } from "./followTheMoney";
import { storyJsonLd } from "./jsonld";
import { ploverEvents } from "./ploverEvents";
import { provenanceOf } from "./provenance";
import { quotationsCsv } from "./quotationsCsv";

export { EXPORT_FORMATS };
export type ExportFormat = ExportFormatName;

/** A file to hand to someone: its body and how to name and serve it. */
export interface StoryExport {
  format: ExportFormat;
  contentType: string;
  filename: string;
  body: string;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const CSV = "text/csv; charset=utf-8; header=present";

/**
 * The story as a file. Every format says where it comes from: the source text's SHA-256,
 * span offsets into it, and `dataVersion`, which names the story files it was made from.
 */
export function exportStory(story: Story, format: ExportFormat, dataVersion: string): StoryExport {
  const file = (contentType: string, suffix: string, body: string): StoryExport => ({
    format,
    contentType,
    filename: `${story.id}${suffix}`,
    body,
  });
  switch (format) {
    case "json":
      return file("application/json; charset=utf-8", ".json", pretty({ provenance: provenanceOf(story, dataVersion), story }));
    case "jsonld":
      return file("application/ld+json; charset=utf-8", ".jsonld", pretty(storyJsonLd(story, dataVersion)));
    case "ftm":
      return file("application/x-ndjson; charset=utf-8", ".ftm.json", followTheMoneyLines(story, dataVersion));
    case "events":
      return file("application/json; charset=utf-8", "-events.json", pretty(ploverEvents(story, dataVersion)));
    case "claims-csv":
      return file(CSV, "-claims.csv", claimsCsv(story, dataVersion));
    case "quotations-csv":
      return file(CSV, "-quotations.csv", quotationsCsv(story, dataVersion));
    default:
      throw new Error(`unknown export format ${String(format satisfies never)}; known: ${EXPORT_FORMATS.join(", ")}`);
  }
}
