import { deriveStory, type Catalog, type DerivedStory, type Story } from "@dossier/domain";
import { shippedCatalog } from "@dossier/domain/shipped";
import { deepFreeze } from "./freeze";

/** One story with its views, derived once when the library opens. */
export interface StoryEntry {
  story: Story;
  derived: DerivedStory;
  /** Names this story's files: what its exports carry as their data version. */
  version: string;
}

/** The stories the API serves; immutable for the life of the process. */
export interface Library {
  /** Changes exactly when any story file does: what /healthz reports. */
  version: string;
  stories: ReadonlyMap<string, StoryEntry>;
}

/**
 * Derives every story's views once. The catalog is the shipped stories (bundled as modules) by
 * default; a server pointed at a folder passes `loadCatalog(dir)` from `@dossier/domain/catalog`.
 */
export function openLibrary(catalog: Catalog = shippedCatalog()): Library {
  const stories = new Map<string, StoryEntry>();
  for (const [id, story] of catalog.stories) {
    // Frozen after deriving: answers are shared by every caller (the search index is left as it is).
    const derived = deriveStory(deepFreeze(story));
    const { search, lookup, ...views } = derived;
    deepFreeze(views);
    stories.set(id, { story, derived: { ...views, search, lookup }, version: catalog.versions.get(id) ?? catalog.version });
  }
  return { version: catalog.version, stories };
}

let shared: Library | undefined;

/** The process-wide library of the shipped stories, opened on first use. */
export function sharedLibrary(): Library {
  shared ??= openLibrary();
  return shared;
}
