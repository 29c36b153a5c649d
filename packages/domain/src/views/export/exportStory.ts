import { EXPORT_FORMATS } from "../../vocabulary";
import type { Story } from "../../schema/story";
import { claimsCsv } from "./claimsCsv";
import { storyJsonLd } from "./jsonld";

export { EXPORT_FORMATS };
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to hand to someone: its body and how to name and serve it. */
export interface StoryExport {
  format: ExportFormat;
  contentType: string;
  filename: string;
  body: string;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function exportStory(story: Story, format: ExportFormat): StoryExport {
  switch (format) {
    case "json":
      return { format, contentType: "application/json; charset=utf-8", filename: `${story.id}.json`, body: pretty(story) };
    case "claims-csv":
      return {
        format,
        contentType: "text/csv; charset=utf-8; header=present",
        filename: `${story.id}-claims.csv`,
        body: claimsCsv(story),
      };
    case "jsonld":
      return {
        format,
        contentType: "application/ld+json; charset=utf-8",
        filename: `${story.id}.jsonld`,
        body: pretty(storyJsonLd(story)),
      };
    default:
      throw new Error(`unknown export format ${String(format satisfies never)}; known: ${EXPORT_FORMATS.join(", ")}`);
  }
}
