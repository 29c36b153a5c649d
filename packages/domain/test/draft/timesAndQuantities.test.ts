import { describe, expect, it } from "vitest";
import { draftStory, propose } from "../../src/draft/draftStory";

const text =
  "Fleet returns\nMore than 40 boats returned on Tuesday after fishing for 12 days, and hundreds of crew members went ashore over the summer.\nCatches fell by about 20 percent last year.\n";

describe("time expressions and quantities", () => {
  it("keeps the preposition with a time and leaves durations out of the quantities", () => {
    const p = propose(text, { slug: "t" });
    expect(p.times.map((t) => text.slice(t.start, t.end))).toEqual(["on Tuesday", "for 12 days", "over the summer", "last year"]);
    expect(p.quantities.map((q) => text.slice(q.start, q.end))).toEqual([
      "More than 40 boats",
      "hundreds of crew members",
      "about 20 percent",
    ]);
  });

  it("reads qualifiers, values and the range vague words imply", () => {
    const [boats, crew, share] = propose(text, { slug: "t" }).quantities;
    expect(boats).toMatchObject({ qualifier: { kind: "more-than" }, value: 40, unit: "boats" });
    expect(crew).toMatchObject({
      qualifier: { text: "hundreds of", kind: "order-of-magnitude" },
      value: null,
      range: { min: 200, max: 999 },
    });
    expect(share).toMatchObject({ qualifier: { kind: "approximately" }, value: 20, unit: "percent" });
  });

  it("normalises relative times only with a publication date, recorded as an external fact", () => {
    expect(propose(text, { slug: "t" }).times.every((t) => t.interval === null)).toBe(true);
    const d = draftStory(text, { slug: "t", published: "2025-11-13" }); // a Thursday
    const times = d.story.times as {
      span: { exact: string };
      interval: { start: string; end: string } | null;
      derivation: { from: string[] } | null;
    }[];
    const tuesday = times.find((t) => t.span.exact === "on Tuesday")!;
    expect(tuesday.interval).toEqual({ start: "2025-11-11", end: "2025-11-11" });
    expect(tuesday.derivation!.from).toEqual(["ext.published"]);
    expect(times.find((t) => t.span.exact === "last year")!.interval).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(times.find((t) => t.span.exact === "over the summer")!.interval).toEqual({ start: "2025-06-01", end: "2025-08-31" });
    const facts = d.story.externalFacts as { id: string; value: string }[];
    expect(facts).toEqual([expect.objectContaining({ id: "ext.published", value: "2025-11-13" })]);
  });
});
