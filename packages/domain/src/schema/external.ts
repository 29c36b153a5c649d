import { z } from "zod";
import { Prose } from "./prose";
import { AtomId, ExternalFactId } from "./ids";

/** Where an external fact comes from. No invented identifiers: a locator only if known. */
export const Reference = z
  .object({
    title: Prose,
    publisher: Prose,
    date: z.iso.date().nullable(),
    locator: Prose.nullable().describe("URL or document number, only if known."),
  })
  .strict();
export type Reference = z.infer<typeof Reference>;

/**
 * A fact NOT in the article (a calendar date for "Thursday", a program name), kept apart
 * from the text's atoms, with its reference and the atoms it helps to read.
 */
export const ExternalFact = z
  .object({
    id: ExternalFactId,
    statement: Prose.describe("The fact, in the project's own words."),
    value: Prose.describe("The fact's value in normalised form (a date, a name)."),
    about: z
      .array(
        z
          .object({
            atom: AtomId,
            field: z.string().min(1).nullable().describe("The field it would fill, if any."),
          })
          .strict(),
      )
      .min(1),
    reference: Reference,
    confidence: z.enum(["high", "medium"]).describe("How sure we are; unverified from this workplace."),
  })
  .strict();
export type ExternalFact = z.infer<typeof ExternalFact>;
