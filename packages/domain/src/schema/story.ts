import { z } from "zod";
import { Prose } from "./prose";
import { ClaimId, KeyPointId, StoryId } from "./ids";
import { SourceDocument, SourceRecord } from "./source";
import { Entity } from "./entity";
import { Claim } from "./claim";
import { Quotation } from "./quotation";
import { Event } from "./event";
import { TimeExpression } from "./time";
import { Quantity } from "./quantity";
import { Exchange } from "./exchange";
import { Sanction } from "./sanction";
import { LegalInstrument } from "./instrument";
import { Note } from "./note";
import { ExternalFact } from "./external";

/** A key point of the summary, in our own words, linked to the claims that support it. */
export const KeyPoint = z
  .object({
    id: KeyPointId,
    text: Prose,
    claims: z.array(ClaimId).min(1),
  })
  .strict();
export type KeyPoint = z.infer<typeof KeyPoint>;

const storyShape = {
  id: StoryId,
  title: Prose.describe("The story's title in the project's own neutral words."),
  summary: Prose.describe("One paragraph in the project's own neutral words."),
  keyPoints: z.array(KeyPoint).min(1),
  entities: z.array(Entity),
  claims: z.array(Claim).min(1),
  quotations: z.array(Quotation),
  events: z.array(Event),
  times: z.array(TimeExpression),
  quantities: z.array(Quantity),
  exchanges: z.array(Exchange),
  sanctions: z.array(Sanction),
  instruments: z.array(LegalInstrument),
  notes: z.array(Note),
  externalFacts: z.array(ExternalFact),
};

/** A story file as stored in git (`stories/<id>/story.json`); the text sits beside it. */
export const StoryFile = z
  .object({
    $schema: z.string().optional().describe("Path to story.schema.json, for editors."),
    ...storyShape,
    source: SourceRecord,
  })
  .strict()
  .describe("A Dossier story: one news article as a typed, source-linked model.");
export type StoryFile = z.infer<typeof StoryFile>;

/** A loaded story: the file plus the verbatim source text. */
export const Story = z
  .object({
    ...storyShape,
    source: SourceDocument,
  })
  .strict();
export type Story = z.infer<typeof Story>;

/** The collections that hold atoms, in the order a reader meets them. */
export const ATOM_COLLECTIONS = [
  "entities",
  "claims",
  "quotations",
  "events",
  "times",
  "quantities",
  "exchanges",
  "sanctions",
  "instruments",
  "notes",
  "externalFacts",
  "keyPoints",
] as const satisfies readonly (keyof typeof storyShape)[];
export type AtomCollection = (typeof ATOM_COLLECTIONS)[number];
