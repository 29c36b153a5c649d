import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { StoryLoadError } from "../integrity/issue";
import type { Story } from "../schema/story";
import { parseStory } from "./parseStory";

/** One story's files as they were read: from a folder (the catalog) or from bundled modules. */
export interface StoryFiles {
  /** The folder the story lives in; the story's id must equal it. */
  folder: string;
  /** How error messages name story.json, e.g. `stories/arms-for-food/story.json`. */
  shown: string;
  /** The parsed JSON of story.json. */
  json: unknown;
  /** The source text named by `source.file`, or null when the story names no readable file name. */
  text: string | null;
  /** SHA-256 (hex) of the text's bytes when the reader has them; else computed from `text` as UTF-8. */
  textSha256?: string;
}

/** Stories by id, and versions that change exactly when the story files do (ETags, caches, exports). */
export interface Catalog {
  stories: ReadonlyMap<string, Story>;
  /** One story's files: what its exports carry as their data version. */
  versions: ReadonlyMap<string, string>;
  /** All the stories' files together. */
  version: string;
}

/** SHA-256 in hex of a string's UTF-8 bytes, or of bytes; pure JavaScript, so it runs anywhere. */
export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === "string" ? utf8ToBytes(data) : data));
}

/** The text file a story names, when the name is a plain file beside story.json. */
export function sourceFileName(json: unknown): string | null {
  const file = (json as { source?: { file?: unknown } } | null)?.source?.file;
  return typeof file === "string" && /^[A-Za-z0-9._-]+\.txt$/.test(file) ? file : null;
}

/**
 * Proves one story's files: the text's SHA-256 is the one recorded, the story passes the schema
 * and every integrity rule (parseStory), and its id is its folder's name. Throws StoryLoadError;
 * `digest` identifies exactly these files.
 */
export function openStory(files: StoryFiles): { story: Story; digest: string } {
  const { folder, shown, json, text } = files;
  let textDigest = "";
  if (text !== null) {
    textDigest = files.textSha256 ?? sha256Hex(text);
    const recorded = (json as { source?: { sha256?: unknown } } | null)?.source?.sha256;
    if (recorded !== textDigest) {
      throw new StoryLoadError(shown, [
        {
          path: ["source", "sha256"],
          reason: `the source text ${sourceFileName(json)} has SHA-256 ${textDigest}, not the one recorded`,
        },
      ]);
    }
  }
  const story = parseStory({ file: shown, json, text: text ?? "" });
  if (story.id !== folder) {
    throw new StoryLoadError(shown, [{ path: ["id"], reason: `the story id ${story.id} differs from its folder name` }]);
  }
  return { story, digest: sha256Hex(JSON.stringify(json) + textDigest) };
}

/** A story's data version: the first 16 hex digits of its files' digest. */
export const dataVersionOf = (digest: string): string => digest.slice(0, 16);

/** Opens every story, in folder order; one broken story fails the whole catalog. */
export function openCatalog(files: readonly StoryFiles[]): Catalog {
  const stories = new Map<string, Story>();
  const versions = new Map<string, string>();
  const digests: string[] = [];
  for (const entry of [...files].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0))) {
    const { story, digest } = openStory(entry);
    stories.set(story.id, story);
    versions.set(story.id, dataVersionOf(digest));
    digests.push(digest);
  }
  return { stories, versions, version: sha256Hex(digests.join("")).slice(0, 16) };
}
