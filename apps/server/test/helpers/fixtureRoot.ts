import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The domain's synthetic test stories, found through the installed @dossier/domain package
 * rather than a path between sibling folders. Tests and the bench serve them.
 */
export const FIXTURE_ROOT = join(
  dirname(createRequire(import.meta.url).resolve("@dossier/domain/package.json")),
  "test",
  "fixtures",
);
