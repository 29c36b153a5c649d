import type { Story } from "../schema/story";
import type { Event, EventMode } from "../schema/event";
import type { Interval, Precision, TimeExpression } from "../schema/time";
import { lookupOf } from "./lookup";
import { firstToldAt } from "./sourceOrder";

export interface TimelineEntry {
  event: Event;
  /** The time expression as written (its `span`), or null when the event has none. */
  time: TimeExpression | null;
  /** Normalised interval; either end may be open. Null when the event is undated. */
  interval: Interval | null;
  precision: Precision | null;
  mode: EventMode;
}

/** A dated interval has at least one known end; an interval with both ends open dates nothing. */
const datedInterval = (time: TimeExpression | null): Interval | null =>
  time?.interval && (time.interval.start !== null || time.interval.end !== null) ? time.interval : null;

// ISO dates compare as strings; an open start sorts at its end, an open end after a closed one.
function compareIntervals(a: Interval, b: Interval): number {
  const keyA = (a.start ?? a.end)!;
  const keyB = (b.start ?? b.end)!;
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  if ((a.start === null) !== (b.start === null)) return a.start === null ? -1 : 1;
  if (a.end === b.end) return 0;
  if (a.end === null || b.end === null) return a.end === null ? 1 : -1;
  return a.end < b.end ? -1 : 1;
}

/**
 * Events by the start of their normalised interval, then undated events in source order.
 * Precision travels with each entry: a "season" start is not a "day" start.
 */
export function timeline(story: Story): TimelineEntry[] {
  const { times } = lookupOf(story);
  const entries = story.events.map((event, index) => {
    const time = event.time === null ? null : (times.get(event.time) ?? null);
    const entry: TimelineEntry = {
      event,
      time,
      interval: datedInterval(time),
      precision: time?.precision ?? null,
      mode: event.mode,
    };
    return { entry, index, at: firstToldAt(event) };
  });
  entries.sort((a, b) => {
    const ia = a.entry.interval;
    const ib = b.entry.interval;
    if (ia && ib) return compareIntervals(ia, ib) || a.at - b.at || a.index - b.index;
    if (ia || ib) return ia ? -1 : 1;
    return a.at - b.at || a.index - b.index;
  });
  return entries.map(({ entry }) => entry);
}
