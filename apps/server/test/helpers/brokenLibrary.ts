import { z } from "zod";
import type { Library } from "@dossier/api";
import { fixtureLibrary, STORY_ID } from "./fixtures";

/** What the broken views say: it must never reach a client outside development. */
export const SECRET = "disk /srv/dossier/stories unreadable";
/** The field an internal ZodError names: no more a client's business than the secret. */
export const INTERNAL_FIELD = "derivedTimelineCache";

/**
 * The fixture library with views that fail the way unexpected bugs would: `overview` throws an
 * Error, `timeline` a ZodError from a schema check deep inside (not from the client's input).
 */
export function brokenLibrary(): Library {
  const base = fixtureLibrary();
  const entry = base.stories.get(STORY_ID)!;
  const derived = Object.create(entry.derived, {
    overview: {
      get() {
        throw new Error(SECRET);
      },
    },
    timeline: {
      get() {
        return z.object({ [INTERNAL_FIELD]: z.string() }).parse({});
      },
    },
  }) as typeof entry.derived;
  return { version: base.version, stories: new Map([[STORY_ID, { story: entry.story, derived }]]) };
}

/** The fixture library, counting how often the procedures read a story's views: how often tRPC really ran one. */
export function countingLibrary(): { library: Library; reads: () => number } {
  const base = fixtureLibrary();
  const entry = base.stories.get(STORY_ID)!;
  let reads = 0;
  const counted = Object.fromEntries(
    Object.keys(entry.derived).map((name) => [
      name,
      {
        get() {
          reads += 1;
          return entry.derived[name as keyof typeof entry.derived];
        },
      },
    ]),
  );
  const derived = Object.create(entry.derived, counted) as typeof entry.derived;
  return {
    library: { version: base.version, stories: new Map([[STORY_ID, { story: entry.story, derived }]]) },
    reads: () => reads,
  };
}
