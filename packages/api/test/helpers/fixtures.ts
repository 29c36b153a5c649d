import { fileURLToPath } from "node:url";
import { openLibrary, type Library } from "../../src/library.js";

/** The domain's synthetic story, served in every test: small, stable and independent of the real story. */
export const FIXTURE_ROOT = fileURLToPath(new URL("../../../domain/test/fixtures", import.meta.url));
export const STORY_ID = "harbour-market";

let library: Library | undefined;

export function fixtureLibrary(): Library {
  library ??= openLibrary(FIXTURE_ROOT);
  return library;
}
