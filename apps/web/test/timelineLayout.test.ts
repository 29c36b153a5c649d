import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../src/lib/timelineLayout";

describe("layoutTimeline", () => {
  const intervals = [
    { id: "decade", start: "1990-01-01", end: "1999-12-31" },
    { id: "summer", start: "2022-06-01", end: "2022-08-31" },
    { id: "thursday", start: "2023-03-30", end: "2023-03-30" },
    { id: "pandemic", start: "2020-03-11", end: null },
  ];
  const layout = layoutTimeline(intervals, 800);
  const row = (id: string) => layout.rows.find((r) => r.id === id)!;

  it("breaks the axis where years pass with no event, and fits the width", () => {
    expect(layout.segments).toHaveLength(2);
    const [early, late] = layout.segments;
    expect(early!.x0).toBe(0);
    expect(late!.x0).toBeGreaterThan(early!.x1);
    expect(late!.x1).toBeCloseTo(800, 6);
  });

  it("draws a single day as a marker and a period as a bar in time order", () => {
    expect(row("thursday").singleDay).toBe(true);
    expect(row("summer").singleDay).toBe(false);
    expect(row("summer").x1).toBeGreaterThan(row("summer").x0);
    expect(row("summer").x0).toBeGreaterThan(row("pandemic").x0);
    expect(row("thursday").x0).toBeGreaterThan(row("summer").x1);
  });

  it("runs an interval with no end to the latest date, flagged open", () => {
    expect(row("pandemic").openEnd).toBe(true);
    expect(row("pandemic").x1).toBeGreaterThanOrEqual(row("thursday").x0);
  });

  it("is linear inside a stretch: equal times take equal widths", () => {
    const a = layoutTimeline(
      [
        { id: "a", start: "2022-01-01", end: "2022-01-10" },
        { id: "b", start: "2022-02-01", end: "2022-02-10" },
      ],
      500,
    );
    const [ra, rb] = a.rows;
    expect(ra!.x1 - ra!.x0).toBeCloseTo(rb!.x1 - rb!.x0, 6);
  });

  it("labels years with ticks inside the axis", () => {
    expect(layout.ticks.map((t) => t.label)).toContain("2022");
    for (const t of layout.ticks) expect(t.x).toBeGreaterThanOrEqual(0);
  });

  it("lays out nothing for no intervals", () => {
    expect(layoutTimeline([], 100)).toEqual({ segments: [], rows: [], ticks: [] });
  });
});
