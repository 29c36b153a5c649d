import { z } from "zod";
import { StoryFile } from "../schema/story";

/** The JSON Schema of a story file as written by hand (input side: before any transform). */
export function storyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(StoryFile, { io: "input" });
}

export const storyJsonSchemaText = (): string => `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;
