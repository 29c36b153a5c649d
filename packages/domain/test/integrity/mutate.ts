import { expect } from "vitest";
import { StoryLoadError, formatPath, parseStory } from "../../src/index";
import { ARMS_FOR_FOOD_DIR, readStoryInput } from "../storyFiles";

export type Json = Record<string, any>;

/** Parses a mutated copy of the real story and returns the load error it must raise. */
export function errorFor(mutate: (story: Json, text: string) => void): StoryLoadError {
  const input = readStoryInput(ARMS_FOR_FOOD_DIR);
  mutate(input.json, input.text);
  try {
    parseStory(input);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryLoadError);
    return error as StoryLoadError;
  }
  throw new Error("the mutated story loaded, but it should not have");
}

/** Parses a mutated copy and expects it to load: the mutation is one the rules allow. */
export function loads(mutate: (story: Json, text: string) => void): void {
  const input = readStoryInput(ARMS_FOR_FOOD_DIR);
  mutate(input.json, input.text);
  expect(() => parseStory(input)).not.toThrow();
}

export const paths = (error: StoryLoadError) => error.issues.map((issue) => formatPath(issue.path));

/** The committed story, fresh, to read indices from. */
export const committed = () => readStoryInput(ARMS_FOR_FOOD_DIR).json;

/** Index of the atom with this id in a collection of the committed story. */
export const indexOf = (collection: string, id: string) =>
  (committed()[collection] as Json[]).findIndex((atom) => atom.id === id);

/** The atom with this id in a (mutable) story copy. */
export const atom = (story: Json, collection: string, id: string): Json =>
  (story[collection] as Json[]).find((a) => a.id === id)!;
