import { z } from "zod";
import { Prose } from "./prose";
import { EntityId, InstrumentId } from "./ids";
import { Spans } from "./span";

/** A law, resolution or order the text invokes. Identifiers only where the text gives them. */
export const LegalInstrument = z
  .object({
    id: InstrumentId,
    name: Prose.describe("Normalised name."),
    kind: z.enum(["resolution", "resolution-series", "executive-order", "law", "regulation", "export-controls"]),
    issuer: EntityId.nullable(),
    identifiers: z.array(Prose).describe("Numbers as the text gives them; never supplied from elsewhere."),
    spans: Spans,
  })
  .strict();
export type LegalInstrument = z.infer<typeof LegalInstrument>;
