/**
 * Prints one validated story, with its source text, as JSON on stdout.
 * Usage: pnpm --silent story:dump <storyId> [--root <stories folder>]
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadStoryDir } from "../catalog";
import { STORIES_DIR } from "./paths";
import { StoryLoadError } from "../integrity/issue";
import { StoryId } from "../schema/ids";
import { exportStory } from "../views/export/exportStory";

const knownIds = (root: string) =>
  existsSync(root) ? readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort() : [];

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { root: { type: "string" } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message.split(". ")[0]}; usage: story:dump <storyId> [--root <stories folder>].`);
    return 1;
  }
  const { values, positionals } = parsed;
  const root = values.root ? resolve(process.env.INIT_CWD ?? process.cwd(), values.root) : STORIES_DIR;
  const id = positionals[0];
  const known = knownIds(root);
  // Only a known folder name is ever joined to the path, so an id cannot reach outside the root.
  if (id === undefined || !StoryId.safeParse(id).success || !known.includes(id)) {
    const which = id === undefined ? "No story id was given" : `There is no story ${JSON.stringify(id)}`;
    console.error(`${which}; the known stories are: ${known.join(", ") || "none"}.`);
    return 1;
  }
  try {
    process.stdout.write(exportStory(loadStoryDir(join(root, id), root).story, "json").body);
    return 0;
  } catch (error) {
    if (error instanceof StoryLoadError) console.error(error.describeAll());
    else console.error(`The story ${id} could not be read: ${(error as Error).message}.`);
    return 1;
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of the dump.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
