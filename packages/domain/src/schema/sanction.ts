import { z } from "zod";
import { Prose } from "./prose";
import { ClaimId, EntityId, InstrumentId, QuotationId, SanctionId, TimeId } from "./ids";
import { Span, Spans } from "./span";

/**
 * A sanction as a record on its target (FollowTheMoney Sanction). Every field the text is
 * silent on is null: a program or listing date from elsewhere is an external fact, never here.
 */
export const Sanction = z
  .object({
    id: SanctionId,
    authority: z.array(EntityId).min(1).describe("Who imposed it."),
    target: z.array(EntityId).min(1),
    reason: z
      .object({
        text: Prose.describe("The stated reason, in the project's own words."),
        quotation: QuotationId.nullable(),
        span: Span,
      })
      .strict()
      .nullable(),
    listed: TimeId.nullable().describe("When it was imposed, as the text says."),
    program: Prose.nullable().describe("Sanctions program, only as the text names it."),
    provisions: Prose.nullable().describe("What the sanction does (freeze, ban), as the text says."),
    basis: InstrumentId.nullable().describe("Legal instrument the text gives as its basis."),
    spans: Spans,
    claims: z.array(ClaimId).min(1),
  })
  .strict();
export type Sanction = z.infer<typeof Sanction>;
