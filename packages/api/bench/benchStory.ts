import type { Library } from "../src/library";
import { loadCatalog } from "@dossier/domain/catalog";
import { openLibrary } from "../src/library";
import { libraryFromEnv } from "../src/server/storiesFromEnv";
import { FIXTURE_ROOT } from "../test/helpers/fixtureRoot";

/** The bench serves the real stories (DOSSIER_STORIES_DIR or the shipped ones); BENCH_FIXTURE=1 uses the small synthetic one. */
export const benchLibrary = (): Library => (process.env.BENCH_FIXTURE === "1" ? openLibrary(loadCatalog(FIXTURE_ROOT)) : libraryFromEnv());

/** The story whose claims list every server answers: the first one in the catalog. */
export function benchStoryId(library: Library): string {
  const [first] = library.stories.keys();
  if (!first) throw new Error("the bench found no story to serve");
  return first;
}
