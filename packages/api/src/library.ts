import { deriveStory, type DerivedStory, type Story } from "@dossier/domain";
import { loadCatalog, STORIES_DIR } from "@dossier/domain/catalog";
import { deepFreeze } from "./freeze";

/** One story with its views, derived once when the library opens. */
export interface StoryEntry {
  story: Story;
  derived: DerivedStory;
}

/** The stories the API serves; immutable for the life of the process. */
export interface Library {
  /** Changes exactly when any story file does: what /healthz reports. */
  version: string;
  stories: ReadonlyMap<string, StoryEntry>;
}

/** Where the stories live: DOSSIER_STORIES_DIR, else the ones shipped with the domain. */
export function storiesRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOSSIER_STORIES_DIR || STORIES_DIR;
}

/** Loads, validates and derives every story under `root`; a broken story fails the whole load. */
export function openLibrary(root: string = storiesRoot()): Library {
  const catalog = loadCatalog(root);
  const stories = new Map<string, StoryEntry>();
  for (const [id, story] of catalog.stories) {
    // Frozen after deriving: answers are shared by every caller (the search index is left as it is).
    const derived = deriveStory(deepFreeze(story));
    const { search, lookup, ...views } = derived;
    deepFreeze(views);
    stories.set(id, { story, derived: { ...views, search, lookup } });
  }
  return { version: catalog.version, stories };
}

let shared: Library | undefined;

/** The process-wide library, opened on first use. */
export function sharedLibrary(): Library {
  shared ??= openLibrary();
  return shared;
}
