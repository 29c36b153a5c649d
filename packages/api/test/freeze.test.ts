import { describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "../src/index";
import { fixtureLibrary, STORY_ID } from "../src/testing";

describe("answers shared between in-process callers", () => {
  it("cannot be edited by one caller behind the others' backs", async () => {
    const library = fixtureLibrary();
    const caller = createCaller(createContextInner({ library }));
    const first = await caller.claims.list({ storyId: STORY_ID });
    const text = first[0]!.text;
    expect(() => {
      (first[0] as { text: string }).text = "edited";
    }).toThrow(TypeError);
    const overview = await caller.story.overview({ storyId: STORY_ID });
    expect(() => (overview.keyPoints as unknown[]).push("edited")).toThrow(TypeError);
    const again = await caller.claims.list({ storyId: STORY_ID });
    expect(again[0]!.text).toBe(text);
  });
});
