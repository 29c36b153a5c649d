// Node only: reads story folders from disk, for the CLIs and for authors who point at a folder.
// Bundled code opens the shipped stories through `@dossier/domain/shipped` instead.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { StoryLoadError } from "./integrity/issue";
import { openCatalog, openStory, sourceFileName, type Catalog, type StoryFiles } from "./load/openStory";
import type { Story } from "./schema/story";

export type { Catalog };

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

/** Reads one story folder's files without judging them (openStory does that). */
export function readStoryDir(dir: string, shownRoot = dir): StoryFiles {
  const shown = relative(join(shownRoot, ".."), join(dir, "story.json")) || "story.json";
  const json = readJson(join(dir, "story.json"), shown);
  const folder = dir.split(/[\\/]/).filter(Boolean).pop() ?? "";
  const textFile = sourceFileName(json);
  if (!textFile) return { folder, shown, json, text: null };
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, textFile));
  } catch {
    throw new StoryLoadError(shown, [{ path: ["source", "file"], reason: `the source text ${textFile} cannot be read` }]);
  }
  // The digest is of the bytes on disk, so a file that is not valid UTF-8 cannot pass for its decoding.
  return { folder, shown, json, text: bytes.toString("utf8"), textSha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Reads and validates one story folder; throws StoryLoadError for anything wrong. */
export function loadStoryDir(dir: string, shownRoot = dir): { story: Story; digest: string } {
  return openStory(readStoryDir(dir, shownRoot));
}

/** The story folders under `root`, in name order. */
export function storyDirs(root: string): string[] {
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => join(root, name));
}

/** Loads every story folder under `root`; one broken story fails the whole load. */
export function loadCatalog(root: string): Catalog {
  return openCatalog(storyDirs(root).map((dir) => readStoryDir(dir, root)));
}
