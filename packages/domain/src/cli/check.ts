/**
 * Validates stories and says what is wrong in plain sentences, each with a hint where one helps:
 * every story under stories/, or the one story folder given. Exit 1 on any problem.
 * Usage: pnpm story:check [story folder] [--watch]
 */
import { watch } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { hintFor } from "../authoring/hints";
import { readStoryDir, storyDirs } from "../catalog";
import { describeIssue, StoryLoadError } from "../integrity/issue";
import { openStory, type StoryFiles } from "../load/openStory";
import type { AtomCollection, Story } from "../schema/story";
import { deriveStory } from "../views/deriveStory";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { STORIES_DIR } from "./paths";

const LABELS: Record<AtomCollection, [one: string, many: string]> = {
  entities: ["entity", "entities"],
  claims: ["claim", "claims"],
  quotations: ["quotation", "quotations"],
  events: ["event", "events"],
  times: ["time", "times"],
  quantities: ["quantity", "quantities"],
  exchanges: ["exchange", "exchanges"],
  sanctions: ["sanction", "sanctions"],
  instruments: ["instrument", "instruments"],
  notes: ["note", "notes"],
  externalFacts: ["external fact", "external facts"],
  keyPoints: ["key point", "key points"],
};

/** "harbour-market is valid: 4 entities, 5 claims, …" — deriving every view proves they build too. */
function describeStory(story: Story): string {
  const counts = Object.entries(deriveStory(story).overview.counts) as [AtomCollection, number][];
  const parts = counts.map(([collection, n]) => `${n} ${LABELS[collection][n === 1 ? 0 : 1]}`);
  return `${story.id} is valid: ${parts.join(", ")}.`;
}

/** Every problem of a broken story, one sentence each, followed by a hint where one helps. */
function describeProblems(error: StoryLoadError, files: StoryFiles | null): string {
  return error.issues
    .map((issue) => {
      const hint = files ? hintFor(issue, files.json, files.text ?? "") : null;
      return `${describeIssue(error.file, issue)}${hint ? `\n  hint: ${hint}` : ""}`;
    })
    .join("\n");
}

/** Checks the folder given, or every shipped story; true when all are valid. */
function checkOnce(folder: string | undefined, io: CliIo): boolean {
  const dirs = folder ? [resolve(io.cwd, folder)] : storyDirs(STORIES_DIR);
  if (dirs.length === 0) io.out("There are no stories to check.\n");
  let ok = true;
  for (const dir of dirs) {
    let files: StoryFiles | null = null;
    try {
      files = readStoryDir(dir, folder ? dir : STORIES_DIR);
      io.out(`${describeStory(openStory(files).story)}\n`);
    } catch (error) {
      ok = false;
      if (error instanceof StoryLoadError) io.err(`${describeProblems(error, files)}\n`);
      else io.err(`${dir} could not be checked: ${(error as Error).message}.\n`);
    }
  }
  return ok;
}

/** Checks again after every save under the folder (or every shipped story); returns a function that stops watching. */
export function watchStories(folder: string | undefined, io: CliIo): () => void {
  const target = folder ? resolve(io.cwd, folder) : STORIES_DIR;
  let pending: NodeJS.Timeout | undefined;
  // Editors save in bursts (write, rename, chmod): wait for a quiet moment, then check once.
  const watcher = watch(target, { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      io.out(`\n— ${new Date().toLocaleTimeString()} —\n`);
      checkOnce(folder, io);
    }, 150);
  });
  io.out(`Watching ${target}; press Ctrl-C to stop.\n`);
  return () => {
    clearTimeout(pending);
    watcher.close();
  };
}

/** `story:check [folder] [--watch]`: the exit code; with --watch it checks again on every save and never returns. */
export function main(argv: string[], io: CliIo = processIo()): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { watch: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    io.err(`${(error as Error).message.split(". ")[0]}; usage: story:check [story folder] [--watch].\n`);
    return 1;
  }
  const folder = parsed.positionals[0];
  const ok = checkOnce(folder, io);
  if (!parsed.values.watch) return ok ? 0 : 1;
  watchStories(folder, io);
  return ok ? 0 : 1;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
