import { describe, expect, it } from "vitest";
import type { Interval } from "../../src/schema/time";
import { timeline } from "../../src/views/timeline";
import { story, variant } from "./fixture";

/** The fixture with normalised intervals given to its time expressions. */
function dated(intervals: Record<string, Interval>) {
  return variant((json) => {
    for (const time of json.times) {
      const interval = intervals[time.id];
      if (interval) Object.assign(time, { interval, derivation: { method: "test", from: [] } });
    }
  });
}
const order = (s: ReturnType<typeof dated>) => timeline(s).map((entry) => entry.event.id);

describe("timeline", () => {
  it("keeps undated events in source order with their time as written", () => {
    // Both fixture times are undated; the protest is told in the standfirst, before the vote.
    const entries = timeline(story);
    expect(entries.map((e) => e.event.id)).toEqual(["event.protest", "event.vote"]);
    expect(entries[0]).toMatchObject({ interval: null, precision: "day", mode: "planned" });
    expect(entries[0]!.time?.span.exact).toBe("on Saturday");
    expect(entries[1]!.time?.span.exact).toBe("on Monday");
    expect(entries[1]!.mode).toBe("historical");
  });

  it("puts dated events before undated ones", () => {
    const s = dated({ "time.monday": { start: "2024-03-04", end: "2024-03-04" } });
    expect(order(s)).toEqual(["event.vote", "event.protest"]);
    expect(timeline(s)[0]!.interval).toEqual({ start: "2024-03-04", end: "2024-03-04" });
    expect(timeline(s)[1]!.interval).toBeNull();
  });

  it("orders dated events by interval start, not by source position", () => {
    expect(
      order(dated({ "time.monday": { start: "2024-03-04", end: null }, "time.saturday": { start: "2024-03-09", end: null } })),
    ).toEqual(["event.vote", "event.protest"]);
    expect(
      order(dated({ "time.monday": { start: "2024-03-11", end: null }, "time.saturday": { start: "2024-03-09", end: null } })),
    ).toEqual(["event.protest", "event.vote"]);
  });

  it("places an open-start interval at its end, before one that starts there", () => {
    const s = dated({
      "time.monday": { start: "2024-03-01", end: "2024-03-02" },
      "time.saturday": { start: null, end: "2024-03-01" },
    });
    expect(order(s)).toEqual(["event.protest", "event.vote"]);
    expect(timeline(s)[0]!.interval).toEqual({ start: null, end: "2024-03-01" });
    // Same day either way: "until the 1st" comes before "on the 1st", though the vote is told later.
    const tie = dated({
      "time.monday": { start: null, end: "2024-03-01" },
      "time.saturday": { start: "2024-03-01", end: "2024-03-01" },
    });
    expect(order(tie)).toEqual(["event.vote", "event.protest"]);
  });

  it("treats an interval open at both ends as undated", () => {
    const s = dated({ "time.monday": { start: null, end: null }, "time.saturday": { start: "2024-03-09", end: null } });
    expect(order(s)).toEqual(["event.protest", "event.vote"]);
    expect(timeline(s)[1]!.interval).toBeNull();
  });
});
