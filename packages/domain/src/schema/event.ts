import { z } from "zod";
import { EVENT_MODES } from "../vocabulary";
import { Prose } from "./prose";
import { ClaimId, EntityId, EventId, QuantityId, TimeId } from "./ids";
import { Spans } from "./span";

/** PLOVER-style modes: did it happen, is it planned, imagined, denied, or only tried? */
export { EVENT_MODES };
export const EventMode = z.enum(EVENT_MODES);
export type EventMode = z.infer<typeof EventMode>;

/** An optional event code, to compare with PLOVER or CAMEO-coded event datasets. */
export const EventCode = z
  .object({
    scheme: z.enum(["PLOVER", "CAMEO"]),
    code: z.string().min(1),
  })
  .strict();
export type EventCode = z.infer<typeof EventCode>;

/**
 * Something the article tells as happening (or planned, denied, attempted), placed in time.
 * `claims` are the statements that tell of it: the event is only as certain as they are
 * (an article-fact claim, or someone's allegation). An allegation itself is a claim.
 */
export const Event = z
  .object({
    id: EventId,
    label: Prose.describe("What happened, in the project's own words."),
    code: EventCode.nullable(),
    actors: z.array(EntityId),
    recipients: z.array(EntityId),
    mode: EventMode,
    time: TimeId.nullable(),
    quantities: z.array(QuantityId),
    spans: Spans,
    claims: z.array(ClaimId).min(1).describe("Claims that tell of the event."),
  })
  .strict();
export type Event = z.infer<typeof Event>;
