import type { Library } from "../src/library";
import { storiesRoot } from "../src/library";
import { FIXTURE_ROOT } from "../test/helpers/fixtureRoot";

/** The bench serves the real stories (DOSSIER_STORIES_DIR or the domain's); BENCH_FIXTURE=1 uses the small synthetic one. */
export const BENCH_STORY_ROOT = process.env.BENCH_FIXTURE === "1" ? FIXTURE_ROOT : storiesRoot();

/** The story whose claims list every server answers: the first one in the catalog. */
export function benchStoryId(library: Library): string {
  const [first] = library.stories.keys();
  if (!first) throw new Error(`no story under ${BENCH_STORY_ROOT}`);
  return first;
}
