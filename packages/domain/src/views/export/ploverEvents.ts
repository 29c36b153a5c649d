import type { Story } from "../../schema/story";
import { lookupOf } from "../lookup";
import { inSourceOrder } from "../sourceOrder";
import { provenanceOf, spanRecord, type Provenance } from "./provenance";

const actorOf = (entity: { id: string; name: string; kind: string }) => ({ id: entity.id, name: entity.name, kind: entity.kind });

/**
 * Events in the shape of PLOVER-coded datasets: actor, recipient, event code, mode, context,
 * date, and the raw text each rests on. `context` stays empty: the model records no PLOVER
 * context. The date is the normalised interval with what it was derived from (external facts).
 */
export function ploverEvents(story: Story, dataVersion: string): { provenance: Provenance; events: unknown[] } {
  const { entities, times } = lookupOf(story);
  const known = (ids: readonly string[]) => ids.flatMap((id) => (entities.has(id) ? [actorOf(entities.get(id)!)] : []));
  const events = inSourceOrder(story.events).map((event) => {
    const time = event.time === null ? undefined : times.get(event.time);
    return {
      id: event.id,
      event: event.code?.scheme === "PLOVER" ? event.code.code : null,
      code: event.code,
      mode: event.mode,
      label: event.label,
      actor: known(event.actors),
      recipient: known(event.recipients),
      context: [],
      date: time
        ? {
            asWritten: time.span.exact,
            start: time.interval?.start ?? null,
            end: time.interval?.end ?? null,
            precision: time.precision,
            derivedFrom: time.derivation?.from ?? [],
          }
        : null,
      text: event.spans.map(spanRecord),
      claims: event.claims,
    };
  });
  return { provenance: provenanceOf(story, dataVersion), events };
}
