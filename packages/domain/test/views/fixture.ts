import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadStoryDir } from "../../src/catalog";
import { parseStory } from "../../src/load/parseStory";
import type { Story, StoryFile } from "../../src/schema/story";

export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/harbour-market", import.meta.url));

/** The synthetic harbour-market story, loaded the way the catalog loads stories. */
export const story: Story = loadStoryDir(FIXTURE_DIR).story;

/** The fixture's story.json as plain JSON, to compare views against the file itself. */
export const rawJson = JSON.parse(readFileSync(`${FIXTURE_DIR}/story.json`, "utf8")) as Record<string, unknown[]> & {
  source: Record<string, unknown>;
};

/** The story file part of a story (without its text), as parseStory takes it. */
export function fileOf(s: Story): { json: StoryFile; text: string } {
  const { source, ...rest } = structuredClone(s);
  const { text, ...record } = source;
  return { json: { ...rest, source: record }, text };
}

/**
 * A variant of the fixture, edited as JSON and validated again by parseStory, so a test
 * never runs a view on a story that could not load.
 */
export function variant(edit: (json: StoryFile) => void): Story {
  const { json, text } = fileOf(story);
  edit(json);
  return parseStory({ file: "variant/story.json", json, text });
}
