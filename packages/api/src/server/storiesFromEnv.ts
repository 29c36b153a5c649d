import { loadCatalog } from "@dossier/domain/catalog";
import { openLibrary, type Library } from "../library";

/** DOSSIER_STORIES_DIR names a folder of stories to serve instead of the shipped ones. */
export function libraryFromEnv(env: NodeJS.ProcessEnv = process.env): Library {
  const dir = env.DOSSIER_STORIES_DIR?.trim();
  return openLibrary(dir ? loadCatalog(dir) : undefined);
}
