/**
 * Drafts a story folder for a new article: like story:new, but story.json carries the proposals of
 * draftStory (quotations with speakers, entities, times, quantities, candidate claims), and the
 * terminal shows the article with every proposal marked, then what to review.
 * Usage: pnpm story:draft <slug> --source <article.txt> [--published YYYY-MM-DD] [--root <stories folder>]
 */
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { loadCatalog } from "../catalog";
import { draftStory } from "../draft/draftStory";
import { gazetteerFrom } from "../draft/gazetteer";
import { reviewReport } from "../draft/report";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { STORIES_DIR } from "./paths";
import { readNewStory, writeStoryFolder } from "./newFolder";
import { refreshShippedModule } from "./shippedModule";

const USAGE = "usage: story:draft <slug> --source <article.txt> [--published YYYY-MM-DD] [--root <stories folder>]";

const isCalendarDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function main(argv: string[], io: CliIo = processIo()): number {
  const request = readNewStory(argv, io, USAGE, ["published"]);
  if (!request) return 1;
  const { slug, root, dir, text, source } = request;
  const published = typeof request.values.published === "string" ? request.values.published : undefined;
  if (published !== undefined && !isCalendarDate(published)) {
    io.err(`--published ${JSON.stringify(published)} is not a calendar date: write it as YYYY-MM-DD.\n`);
    return 1;
  }
  // The stories already in the folder are the gazetteer: entities they know are recognised by name.
  let gazetteer;
  try {
    gazetteer = existsSync(root) ? gazetteerFrom(loadCatalog(root).stories.values()) : [];
  } catch {
    gazetteer = gazetteerFrom(loadCatalog(STORIES_DIR).stories.values());
  }
  let draft;
  try {
    draft = draftStory(text, { slug, ...(published ? { published } : {}), gazetteer });
  } catch (error) {
    io.err(`The source ${source} cannot start a story: ${(error as Error).message}.\n`);
    return 1;
  }
  if (!writeStoryFolder(request, draft.story, "draft", io)) return 1;
  const shown = relative(io.cwd, dir) || dir;
  const p = draft.proposals;
  io.out(reviewReport(text, draft));
  io.out(
    [
      `Created ${shown}: source.txt (verbatim) and story.json, valid, with ${p.quotations.length} quotations, ` +
        `${p.entities.length} entities, ${p.times.length} time expressions, ${p.quantities.length} quantities and ${p.claims.length} candidate claims.`,
      'Every claim\'s text starts "Draft for review": rewrite it in your own words, confirm its status and speaker,',
      `then run pnpm story:check ${shown} (see docs/adding-a-story.md, "Start from a draft").`,
      "",
    ].join("\n"),
  );
  refreshShippedModule(dir, io);
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
