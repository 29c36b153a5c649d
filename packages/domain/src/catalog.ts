import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseStory } from "./load/parseStory";
import { StoryLoadError } from "./integrity/issue";
import type { Story } from "./schema/story";

/** The stories shipped with the domain package: one folder each, `story.json` + its text. */
export const STORIES_DIR = fileURLToPath(new URL("../stories", import.meta.url));

export interface Catalog {
  /** Stories by id, in folder order. */
  stories: ReadonlyMap<string, Story>;
  /** A hash of every story file: changes exactly when the data does (ETags, caches). */
  version: string;
}

function readJson(file: string, shown: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new StoryLoadError(shown, [{ path: [], reason: "the file cannot be read" }]);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new StoryLoadError(shown, [{ path: [], reason: `it is not valid JSON (${(error as Error).message})` }]);
  }
}

/** Reads and validates one story folder; throws StoryLoadError for anything wrong. */
export function loadStoryDir(dir: string, shownRoot = dir): { story: Story; digest: string } {
  const shown = relative(join(shownRoot, ".."), join(dir, "story.json")) || "story.json";
  const json = readJson(join(dir, "story.json"), shown);
  const record = (json as { source?: { file?: unknown; sha256?: unknown } } | null)?.source;
  const textFile = typeof record?.file === "string" && /^[A-Za-z0-9._-]+\.txt$/.test(record.file) ? record.file : null;
  let text = "";
  let digest = "";
  if (textFile) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, textFile));
    } catch {
      throw new StoryLoadError(shown, [{ path: ["source", "file"], reason: `the source text ${textFile} cannot be read` }]);
    }
    digest = createHash("sha256").update(bytes).digest("hex");
    if (record?.sha256 !== digest) {
      throw new StoryLoadError(shown, [
        { path: ["source", "sha256"], reason: `the source text ${textFile} has SHA-256 ${digest}, not the one recorded` },
      ]);
    }
    text = bytes.toString("utf8");
  }
  const story = parseStory({ file: shown, json, text });
  if (story.id !== dir.split(/[\\/]/).pop()) {
    throw new StoryLoadError(shown, [{ path: ["id"], reason: `the story id ${story.id} differs from its folder name` }]);
  }
  return { story, digest: createHash("sha256").update(JSON.stringify(json)).update(digest).digest("hex") };
}

/** Loads every story under `root`; one broken story fails the whole load. */
export function loadCatalog(root: string = STORIES_DIR): Catalog {
  const dirs = readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort();
  const stories = new Map<string, Story>();
  const hash = createHash("sha256");
  for (const name of dirs) {
    const { story, digest } = loadStoryDir(join(root, name), root);
    stories.set(story.id, story);
    hash.update(digest);
  }
  return { stories, version: hash.digest("hex").slice(0, 16) };
}
