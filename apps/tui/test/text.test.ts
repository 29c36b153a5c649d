import { describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "@dossier/api";
import { STATUS_LABELS } from "@dossier/domain/vocabulary";
import { overviewText } from "../src/text/overviewText";
import { wrap, wrapHanging, wrapLines } from "../src/text/wrap";

const STORY_ID = "arms-for-food";
const caller = () => createCaller(createContextInner());

describe("wrap", () => {
  it("keeps every line within the width and every word in order", () => {
    const text = "the council voted to close the fish market on Thursday after a long debate";
    const lines = wrap(text, 20);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });

  it("lets a word longer than the width stand alone rather than cut it", () => {
    expect(wrap("a supercalifragilistic word", 10)).toEqual(["a", "supercalifragilistic", "word"]);
  });

  it("wraps each line of a verbatim text on its own and keeps its blank lines", () => {
    expect(wrapLines("one two three\n\nfour", 8)).toEqual(["one two", "three", "", "four"]);
  });

  it("hangs the lines after a marker under the first word", () => {
    expect(wrapHanging("one two three four five", 16, "  • ")).toEqual(["  • one two", "    three four", "    five"]);
  });
});

describe("the story summary for the terminal", () => {
  it("shows title, summary and every key point, within the width", async () => {
    const overview = await caller().story.overview({ storyId: STORY_ID });
    const text = overviewText(overview, { width: 50, bold: (s) => s });
    const lines = text.split("\n");
    expect(lines.every((line) => line.length <= 50)).toBe(true);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(overview.title);
    expect(flat).toContain(overview.summary);
    for (const point of overview.keyPoints) expect(flat).toContain(point.text);
  });

  it("names under each key point the claims behind it, with how the article presents each", async () => {
    const overview = await caller().story.overview({ storyId: STORY_ID });
    const text = overviewText(overview, { width: 80, bold: (s) => s });
    // Each key point is a "•" block; the claims behind it follow its text after a "↳".
    const blocks = text
      .split(/\n {2}• /)
      .slice(1)
      .map((block) => block.split(/\n\s*\n/)[0]!.replace(/\s+/g, " "));
    expect(blocks).toHaveLength(overview.keyPoints.length);
    overview.keyPoints.forEach((point, i) => {
      const [words, claims] = blocks[i]!.split(" ↳ ");
      expect(words, point.id).toBe(point.text);
      for (const claim of point.claims) expect(claims, point.id).toContain(`${claim.id} (${STATUS_LABELS[claim.status].label})`);
    });
  });
});
