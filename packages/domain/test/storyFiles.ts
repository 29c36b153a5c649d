import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { StoryInput } from "../src/index";

export const ARMS_FOR_FOOD_DIR = fileURLToPath(new URL("../stories/arms-for-food", import.meta.url));
export const HARBOUR_DIR = fileURLToPath(new URL("./fixtures/harbour-market", import.meta.url));

/** A story folder's raw parts, ready for parseStory; `json` is a fresh copy each call. */
export function readStoryInput(dir: string): StoryInput & { json: Record<string, any> } {
  const json = JSON.parse(readFileSync(`${dir}/story.json`, "utf8")) as Record<string, any>;
  const text = readFileSync(`${dir}/${json.source.file}`, "utf8");
  return { file: `${dir.split("/").pop()}/story.json`, json, text };
}
