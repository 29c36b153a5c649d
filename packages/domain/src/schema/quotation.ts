import { z } from "zod";
import { ClaimId, EntityId, QuotationId } from "./ids";
import { Span } from "./span";
import { Attribution } from "./claim";

/**
 * One place a quotation is printed. `span` covers exactly the characters between the
 * quotation marks (or, for an unclosed quotation, up to the end of its paragraph).
 */
export const QuotationAppearance = z
  .object({
    span: Span,
    reportingVerb: Span.nullable().describe("'said', 'noted', … where the text gives one."),
  })
  .strict();
export type QuotationAppearance = z.infer<typeof QuotationAppearance>;

/** Words the article puts in someone's mouth (schema.org Quotation). */
export const Quotation = z
  .object({
    id: QuotationId,
    speaker: EntityId,
    attribution: Attribution.refine((a) => a.kind !== "article-voice", {
      error: "a quotation always has a speaker, stated or inferred",
    }),
    text: z.string().min(1).describe("The quoted words, verbatim; every appearance quotes exactly these."),
    appearances: z.array(QuotationAppearance).min(1),
    partial: z.boolean().describe("True for a fragment worked into the article's own sentence."),
    unclosed: z.boolean().describe("True where the source opens the quotation mark and never closes it."),
    medium: EntityId.nullable().describe("Outlet or channel the words were said to, if given ('to CNN')."),
    claims: z.array(ClaimId).describe("Claims this quotation carries."),
  })
  .strict();
export type Quotation = z.infer<typeof Quotation>;
