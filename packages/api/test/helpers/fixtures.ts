import { openLibrary, type Library } from "../../src/library.js";
import { FIXTURE_ROOT } from "./fixtureRoot.js";

export { FIXTURE_ROOT };

/** The domain's synthetic story, served in every test: small, stable and independent of the real story. */
export const STORY_ID = "harbour-market";

let library: Library | undefined;

export function fixtureLibrary(): Library {
  library ??= openLibrary(FIXTURE_ROOT);
  return library;
}
