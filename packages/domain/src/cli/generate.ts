/**
 * `pnpm -F @dossier/domain generate`: rewrites the two generated files from their sources, the
 * JSON Schema (from the zod model) and stories/index.ts (from the story folders). Tests compare
 * the committed files with what this would write, so a forgotten run fails CI.
 */
import { writeFileSync } from "node:fs";
import { SCHEMA_FILE, SHIPPED_MODULE, STORIES_DIR } from "./paths";
import { storyJsonSchemaText } from "./jsonSchema";
import { shippedModuleText } from "./shippedModule";

writeFileSync(SCHEMA_FILE, storyJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
writeFileSync(SHIPPED_MODULE, shippedModuleText(STORIES_DIR));
console.log(`wrote ${SHIPPED_MODULE}`);
