/**
 * Writes schema/story.schema.json from the zod model, so editors can check story.json as it
 * is typed. Run by `build`; a test fails if the committed file drifts from the model.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { StoryFile } from "../schema/story";

export const SCHEMA_FILE = fileURLToPath(new URL("../../schema/story.schema.json", import.meta.url));

/** The JSON Schema of a story file as written by hand (input side: before any transform). */
export function storyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(StoryFile, { io: "input" }) as Record<string, unknown>;
}

export const storyJsonSchemaText = (): string => `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;

// Write only when run as a script, so tests can import the pure functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, storyJsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
