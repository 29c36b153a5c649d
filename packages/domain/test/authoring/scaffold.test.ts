import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { partsByLayout, scaffoldStory } from "../../src/authoring/scaffold";
import { openStory } from "../../src/load/openStory";
import { ARMS_FOR_FOOD_DIR } from "../storyFiles";

describe("partsByLayout", () => {
  it("finds the hand-modelled parts of the arms-for-food article, kind for kind and offset for offset", () => {
    const text = readFileSync(join(ARMS_FOR_FOOD_DIR, "source.txt"), "utf8");
    const modelled = (
      JSON.parse(readFileSync(join(ARMS_FOR_FOOD_DIR, "story.json"), "utf8")) as {
        source: { parts: { kind: string; span: { start: number; end: number } }[] };
      }
    ).source.parts;
    expect(partsByLayout(text)).toEqual(
      modelled.map((part) => ({ kind: part.kind, start: part.span.start, end: part.span.end })),
    );
  });

  it("reads a dash after the first paragraph as body, not standfirst", () => {
    const kinds = partsByLayout("Head\nFirst paragraph.\n- a dashed line later.\n").map((part) => part.kind);
    expect(kinds).toEqual(["headline", "body", "body"]);
  });
});

describe("scaffoldStory", () => {
  it("gives a line printed twice a prefix that singles it out, and the skeleton validates", () => {
    const text = "Title\nSame words.\nOther words.\nSame words.\n";
    const json = scaffoldStory({ slug: "twice", text });
    expect(() => openStory({ folder: "twice", shown: "twice/story.json", json, text })).not.toThrow();
    const spans = (json.source as { parts: { span: { exact: string; prefix?: string } }[] }).parts.map((part) => part.span);
    expect(spans.filter((span) => span.exact === "Same words.").every((span) => span.prefix !== undefined)).toBe(true);
  });

  it("refuses a text with no words", () => {
    expect(() => scaffoldStory({ slug: "empty", text: "\n\n" })).toThrow(/no line with words/);
  });
});
