/**
 * Validates stories and says what is wrong in plain sentences: every story under stories/,
 * or the one story folder given. Exit 1 on any problem.
 * Usage: pnpm story:check [story folder]
 */
import { resolve } from "node:path";
import { loadCatalog, loadStoryDir } from "../catalog";
import { STORIES_DIR } from "./paths";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { StoryLoadError } from "../integrity/issue";
import type { AtomCollection, Story } from "../schema/story";
import { deriveStory } from "../views/deriveStory";

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

/** `story:check [folder]`: the exit code; what it says goes to `io`. */
export function main(args: string[], io: CliIo = processIo()): number {
  const [folder] = args;
  try {
    const stories = folder ? [loadStoryDir(resolve(io.cwd, folder)).story] : [...loadCatalog(STORIES_DIR).stories.values()];
    if (stories.length === 0) io.out("There are no stories to check.\n");
    for (const story of stories) io.out(`${describeStory(story)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof StoryLoadError) io.err(`${error.describeAll()}\n`);
    else io.err(`The stories could not be checked: ${(error as Error).message}.\n`);
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
