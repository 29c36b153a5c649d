import { z } from "zod";
import { ClaimId, EntityId, EventId, QuantityId, TimeId } from "./ids.js";
import { Spans } from "./span.js";

/** PLOVER-style modes: did it happen, is it planned, imagined, denied, or only tried? */
export const EVENT_MODES = ["historical", "ongoing", "planned", "hypothetical", "negated", "attempted"] as const;
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
 * Something the article tells as happening (or planned, denied, attempted). An event
 * carried only by someone's claim lists that claim in `claims`; an event with no claims is
 * told by the article as undisputed. An allegation itself is a claim, not an event.
 */
export const Event = z
  .object({
    id: EventId,
    label: z.string().min(1).describe("What happened, in the project's own words."),
    code: EventCode.nullable(),
    actors: z.array(EntityId),
    recipients: z.array(EntityId),
    mode: EventMode,
    time: TimeId.nullable(),
    quantities: z.array(QuantityId),
    spans: Spans,
    claims: z.array(ClaimId).describe("Claims the event rests on; empty when told as undisputed."),
  })
  .strict();
export type Event = z.infer<typeof Event>;
