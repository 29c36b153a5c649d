import { z } from "zod";
import { PART_KINDS } from "../vocabulary";
import { Prose } from "./prose";
import { PartId } from "./ids";
import { Span } from "./span";

export { PART_KINDS };
export const PartKind = z.enum(PART_KINDS).describe("Which part of the telling a passage belongs to.");
export type PartKind = z.infer<typeof PartKind>;

/** One part of the telling: the headline, a standfirst bullet, a body paragraph, a caption. */
export const Part = z
  .object({
    id: PartId,
    kind: PartKind,
    span: Span,
  })
  .strict();
export type Part = z.infer<typeof Part>;

/** Article metadata after schema.org NewsArticle; null where the source does not say. */
export const ArticleMetadata = z
  .object({
    publisher: Prose.nullable(),
    byline: Prose.nullable(),
    published: z.iso.date().nullable().describe("Publication date, ISO 8601, if the source states it."),
    url: z.url().nullable(),
    language: z.string().min(2).describe("BCP 47 language tag of the text."),
  })
  .strict();
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

/**
 * The source document as stored in git: the verbatim text lives in a file beside the story
 * (never edited), pinned by its SHA-256; the story file holds its parts and metadata.
 */
export const SourceRecord = z
  .object({
    file: z.string().regex(/^[A-Za-z0-9._-]+\.txt$/, { error: "must be a plain .txt file name beside story.json" }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "must be 64 lower-case hex digits" }),
    metadata: ArticleMetadata,
    parts: z.array(Part).min(1),
  })
  .strict();
export type SourceRecord = z.infer<typeof SourceRecord>;

/** The source once loaded: the record plus its verbatim text. */
export const SourceDocument = SourceRecord.extend({
  text: z.string().min(1).describe("The article text, verbatim, oddities included."),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
