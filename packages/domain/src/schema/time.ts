import { z } from "zod";
import { Prose } from "./prose";
import { ExternalFactId, TimeId } from "./ids";
import { Span } from "./span";

export const Precision = z.enum(["day", "month", "season", "year", "multi-year", "decade", "unknown"]);
export type Precision = z.infer<typeof Precision>;

/** An interval of calendar dates, either end open where the text leaves it open. */
export const Interval = z
  .object({
    start: z.iso.date().nullable(),
    end: z.iso.date().nullable(),
  })
  .strict();
export type Interval = z.infer<typeof Interval>;

/** How a normalised interval was derived, and from which external facts if any. */
export const Derivation = z
  .object({
    method: Prose.describe("How the interval follows, in the project's own words."),
    from: z.array(ExternalFactId).describe("External facts the derivation needs (e.g. the publication date)."),
  })
  .strict();
export type Derivation = z.infer<typeof Derivation>;

/** A time expression kept as written ("over the summer"), with a normalised interval if derivable. */
export const TimeExpression = z
  .object({
    id: TimeId,
    span: Span.describe("The expression as written."),
    interval: Interval.nullable(),
    precision: Precision,
    derivation: Derivation.nullable(),
  })
  .strict()
  .refine((t) => (t.interval === null) === (t.derivation === null), {
    error: "a normalised interval needs a derivation, and only an interval has one",
    path: ["derivation"],
  });
export type TimeExpression = z.infer<typeof TimeExpression>;
