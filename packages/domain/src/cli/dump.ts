/**
 * Prints one validated story, with its source text, as JSON on stdout.
 * Usage: pnpm --silent story:dump <storyId> [--root <stories folder>]
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadStoryDir } from "../catalog";
import { dataVersionOf } from "../load/openStory";
import { STORIES_DIR } from "./paths";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { StoryLoadError } from "../integrity/issue";
import { StoryId } from "../schema/ids";
import { exportStory } from "../views/export/exportStory";

const knownIds = (root: string) =>
  existsSync(root)
    ? readdirSync(root)
        .filter((name) => statSync(join(root, name)).isDirectory())
        .sort()
    : [];

/** `story:dump <storyId> [--root <folder>]`: the exit code; the JSON and any error go to `io`. */
export function main(argv: string[], io: CliIo = processIo()): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { root: { type: "string" } }, allowPositionals: true });
  } catch (error) {
    io.err(`${(error as Error).message.split(". ")[0]}; usage: story:dump <storyId> [--root <stories folder>].\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  const root = values.root ? resolve(io.cwd, values.root) : STORIES_DIR;
  const id = positionals[0];
  const known = knownIds(root);
  // Only a known folder name is ever joined to the path, so an id cannot reach outside the root.
  if (id === undefined || !StoryId.safeParse(id).success || !known.includes(id)) {
    const which = id === undefined ? "No story id was given" : `There is no story ${JSON.stringify(id)}`;
    io.err(`${which}; the known stories are: ${known.join(", ") || "none"}.\n`);
    return 1;
  }
  try {
    const { story, digest } = loadStoryDir(join(root, id), root);
    io.out(exportStory(story, "json", dataVersionOf(digest)).body);
    return 0;
  } catch (error) {
    if (error instanceof StoryLoadError) io.err(`${error.describeAll()}\n`);
    else io.err(`The story ${id} could not be read: ${(error as Error).message}.\n`);
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the dump.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
