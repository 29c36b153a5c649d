// Where the package's own files live, for the CLIs and tests (run from source, never bundled).
import { fileURLToPath } from "node:url";

/** The stories shipped with the domain package: one folder each, `story.json` + its text. */
export const STORIES_DIR = fileURLToPath(new URL("../../stories", import.meta.url));
/** The generated module that hands the shipped stories to bundlers. */
export const SHIPPED_MODULE = fileURLToPath(new URL("../../stories/index.ts", import.meta.url));
/** The generated JSON Schema of a story file, for editors. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../schema/story.schema.json", import.meta.url));
