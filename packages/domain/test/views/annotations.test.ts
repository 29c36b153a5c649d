import { describe, expect, it } from "vitest";
import { annotations } from "../../src/views/annotations";
import { partOf } from "../../src/views/parts";
import { story } from "./fixture";

describe("partOf", () => {
  it("finds the part holding a span", () => {
    expect(partOf(story, { start: 450, end: 468 })?.id).toBe("part.body-3");
    expect(partOf(story, { start: 0, end: 7 })?.id).toBe("part.headline");
    expect(partOf(story, { start: 130, end: 166 })?.kind).toBe("standfirst");
  });

  it("is null for a span across two parts or between them", () => {
    expect(partOf(story, { start: 260, end: 280 })).toBeNull(); // body-1 runs to 272
    expect(partOf(story, { start: 80, end: 81 })).toBeNull(); // the line break after the headline
    expect(partOf(story, { start: 9000, end: 9001 })).toBeNull();
  });
});

describe("annotations", () => {
  const list = annotations(story);
  const text = story.source.text;

  it("is sorted by start offset and quotes the source exactly", () => {
    for (let i = 1; i < list.length; i++) expect(list[i]!.span.start).toBeGreaterThanOrEqual(list[i - 1]!.span.start);
    for (const a of list) expect(text.slice(a.span.start, a.span.end)).toBe(a.span.exact);
  });

  it("puts the longer of two spans that start together first", () => {
    // "Traders plan a protest on Saturday" (claim, event) and the mention "Traders plan" all start at 132.
    const atStart = list.filter((a) => a.span.start === 132);
    expect(atStart.length).toBeGreaterThanOrEqual(3);
    expect(atStart.at(-1)!.span.exact).toBe("Traders plan");
    expect(atStart[0]!.span.end).toBe(166);
  });

  it("names the atom, the field and the part of each span", () => {
    expect(list).toContainEqual({
      atomKind: "claim",
      atomId: "claim.council-denies",
      field: "appearances[0].spans[0]",
      span: { start: 474, end: 500, exact: "it had ignored the traders" },
      partId: "part.body-3",
    });
    const role = list.find((a) => a.atomId === "person.mara-quill" && a.field === "mentions[0].role.span");
    expect(role?.span.exact).toBe("council leader");
    expect(role?.atomKind).toBe("entity");
    expect(list.find((a) => a.atomId === "time.saturday")).toMatchObject({
      atomKind: "time",
      field: "span",
      partId: "part.standfirst-2",
    });
  });

  it("covers every mention and quotation appearance, but not the parts themselves", () => {
    const mentions = story.entities.flatMap((e) => e.mentions.map((m) => `${e.id}@${m.span.start}`));
    const annotated = new Set(list.map((a) => `${a.atomId}@${a.span.start}`));
    for (const mention of mentions) expect(annotated).toContain(mention);
    expect(annotated).toContain("quote.safety@274");
    expect(list.some((a) => a.atomKind === "part")).toBe(false);
    expect(list.every((a) => a.partId !== null)).toBe(true);
  });
});
