import { z } from "zod";
import { Prose } from "./prose";
import { ClaimId, EntityId, ExchangeId, QuantityId, TimeId } from "./ids";
import { Spans } from "./span";

/** One direction of an exchange: who gives what to whom; null where the text does not say who. */
export const ExchangeLeg = z
  .object({
    from: EntityId.nullable(),
    to: EntityId.nullable(),
    goods: Prose.describe("What passes, in the project's own words."),
    quantity: QuantityId.nullable(),
    spans: Spans,
  })
  .strict();
export type ExchangeLeg = z.infer<typeof ExchangeLeg>;

export const ExchangeStatus = z.enum(["proposed", "offered", "attempted", "agreed", "completed", "denied"]);
export type ExchangeStatus = z.infer<typeof ExchangeStatus>;

/** A trade: who gives what to whom for what, in which state, through which broker. */
export const Exchange = z
  .object({
    id: ExchangeId,
    label: Prose,
    status: ExchangeStatus,
    legs: z.array(ExchangeLeg).min(2),
    broker: EntityId.nullable(),
    facilitators: z.array(EntityId).describe("Others who helped arrange it."),
    time: TimeId.nullable(),
    claims: z.array(ClaimId).min(1).describe("Claims that tell of the exchange."),
  })
  .strict();
export type Exchange = z.infer<typeof Exchange>;
