// What story:new and story:draft share: reading `<slug> --source <file>` with one-sentence
// refusals, and writing the folder only when the story in it passes every check.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { loadStoryDir } from "../catalog";
import { StoryLoadError } from "../integrity/issue";
import { StoryId } from "../schema/ids";
import type { CliIo } from "./io";
import { STORIES_DIR } from "./paths";

export interface NewStoryRequest {
  slug: string;
  /** The stories folder the new one goes into, and the new folder itself. */
  root: string;
  dir: string;
  /** The article as given, and as text (it must be valid UTF-8). */
  bytes: Buffer;
  text: string;
  source: string;
  /** Every option the command line gave, for the command's own ones. */
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/**
 * Reads `<slug> --source <file> [--root <folder>]` plus the command's own string options; says
 * what is wrong in one sentence and returns null when it cannot go on.
 */
export function readNewStory(argv: string[], io: CliIo, usage: string, options: string[] = []): NewStoryRequest | null {
  const refuse = (sentence: string) => {
    io.err(`${sentence}\n`);
    return null;
  };
  let parsed;
  try {
    const known: ParseArgsConfig["options"] = { source: { type: "string" }, root: { type: "string" } };
    for (const name of options) known[name] = { type: "string" };
    parsed = parseArgs({ args: argv, options: known, allowPositionals: true });
  } catch (error) {
    return refuse(`${(error as Error).message.split(". ")[0]}; ${usage}.`);
  }
  const { values, positionals } = parsed;
  const slug = positionals[0];
  if (slug === undefined || !StoryId.safeParse(slug).success) {
    const which =
      slug === undefined ? "No slug was given" : `${JSON.stringify(slug)} is not a slug (lower-case words joined by hyphens)`;
    return refuse(`${which}; ${usage}.`);
  }
  const source = typeof values.source === "string" ? values.source : "";
  if (!source) return refuse(`No --source was given: name the article's text file; ${usage}.`);
  const root = typeof values.root === "string" ? resolve(io.cwd, values.root) : STORIES_DIR;
  const dir = join(root, slug);
  if (existsSync(dir)) return refuse(`${dir} already exists: choose another slug, or edit that story.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, source));
  } catch {
    return refuse(`The source ${source} cannot be read: give the path of a plain text file.`);
  }
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) {
    return refuse(`The source ${source} is not valid UTF-8: convert it to UTF-8 first, so offsets and its hash mean one thing.`);
  }
  return { slug, root, dir, bytes, text, source, values };
}

/** Writes the text byte for byte and the story beside it; if the story does not validate, removes both and says why. */
export function writeStoryFolder(request: NewStoryRequest, story: unknown, what: string, io: CliIo): boolean {
  mkdirSync(request.dir, { recursive: true });
  writeFileSync(join(request.dir, "source.txt"), request.bytes);
  writeFileSync(join(request.dir, "story.json"), `${JSON.stringify(story, null, 2)}\n`);
  try {
    loadStoryDir(request.dir, request.root); // it must pass every check before it is handed over
    return true;
  } catch (error) {
    rmSync(request.dir, { recursive: true, force: true });
    const why = error instanceof StoryLoadError ? error.describeAll() : (error as Error).message;
    io.err(`The ${what} did not validate, so nothing was written: ${why}\n`);
    return false;
  }
}
