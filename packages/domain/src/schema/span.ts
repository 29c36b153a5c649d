import { z } from "zod";
import { Prose } from "./prose";

/**
 * A place in the source text, after the W3C Web Annotation TextQuoteSelector and
 * TextPositionSelector: UTF-16 offsets, `end` exclusive, and the quoted text itself.
 * Where `exact` occurs more than once in the source, `prefix`/`suffix` (the text just
 * before/after) make it unique. checkStory proves `text.slice(start, end) === exact`.
 */
export const Span = z
  .object({
    start: z.int().nonnegative().describe("UTF-16 offset of the first character."),
    end: z.int().positive().describe("UTF-16 offset just past the last character."),
    exact: z.string().min(1).describe("The source text between start and end, verbatim."),
    prefix: z.string().min(1).optional().describe("Text just before `exact`, to disambiguate."),
    suffix: z.string().min(1).optional().describe("Text just after `exact`, to disambiguate."),
  })
  .strict()
  .refine((s) => s.end > s.start, { error: "end must be greater than start", path: ["end"] })
  .describe("A quote of the source text with its position.");
export type Span = z.infer<typeof Span>;

/** One or more spans: a statement split by an attribution clause needs several. */
export const Spans = z.array(Span).min(1);

/**
 * A value as the text gives it: the verbatim words (with their span) and, where it can be
 * derived, a normalised form (FollowTheMoney's statement-level provenance).
 */
export const Verbatim = z
  .object({
    text: Prose.describe("Normalised value, in the story's own words."),
    span: Span.describe("Where the original wording stands in the source."),
  })
  .strict();
export type Verbatim = z.infer<typeof Verbatim>;
