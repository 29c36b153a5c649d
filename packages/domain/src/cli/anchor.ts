/**
 * Authoring aid: fills in `start`/`end` of every span in a story.json from its `exact`
 * (and `prefix`/`suffix` where the quote repeats), and pins the source text's SHA-256.
 * Write `"nth": 2` to pick the second occurrence of a repeated quote.
 * Usage: pnpm -F @dossier/domain story:anchor <story folder>
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { anchorSpans } from "../authoring/anchorSpans";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { refreshShippedModule } from "./shippedModule";

type Draft = { source: { file: string; sha256?: string; parts: unknown } } & Record<string, unknown>;

/** `story:anchor <folder>`: the exit code; the story file is rewritten only when every span is placed. */
export function main(args: string[], io: CliIo = processIo()): number {
  const dir = resolve(io.cwd, args[0] ?? ".");
  let story: Draft;
  let bytes: Buffer;
  try {
    // An author's draft, not yet a valid story: only the fields this script fills in are read.
    story = JSON.parse(readFileSync(join(dir, "story.json"), "utf8")) as Draft;
    bytes = readFileSync(join(dir, story.source.file));
  } catch (error) {
    io.err(`${join(dir, "story.json")} could not be read with its source text: ${(error as Error).message}.\n`);
    return 1;
  }
  story.source.sha256 = createHash("sha256").update(bytes).digest("hex");
  const problems = anchorSpans(story, bytes.toString("utf8"));
  if (problems.length > 0) {
    io.err(`${problems.join("\n")}\n`);
    return 1;
  }
  writeFileSync(join(dir, "story.json"), `${JSON.stringify(story, null, 2)}\n`);
  io.out(`anchored ${join(dir, "story.json")}\n`);
  refreshShippedModule(dir, io);
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
