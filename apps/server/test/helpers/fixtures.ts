import { loadCatalog } from "@dossier/domain/catalog";
import { openLibrary, type Library } from "@dossier/api";
import { FIXTURE_ROOT } from "./fixtureRoot";

export { FIXTURE_ROOT };

/** The domain's synthetic story, served in every test: small, stable and independent of the real story. */
export const STORY_ID = "harbour-market";

let library: Library | undefined;

export function fixtureLibrary(): Library {
  library ??= openLibrary(loadCatalog(FIXTURE_ROOT));
  return library;
}
