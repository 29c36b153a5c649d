/**
 * Drafts a story folder for a new article: like story:new, but story.json carries the proposals of
 * draftStory (quotations with speakers, entities, times, quantities, candidate claims), and the
 * terminal shows the article with every proposal marked, then what to review.
 * Usage: pnpm story:draft <slug> --source <article.txt> [--published YYYY-MM-DD] [--root <stories folder>]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadStoryDir, loadCatalog } from "../catalog";
import { draftStory } from "../draft/draftStory";
import { gazetteerFrom } from "../draft/gazetteer";
import { reviewReport } from "../draft/report";
import { StoryLoadError } from "../integrity/issue";
import { StoryId } from "../schema/ids";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { STORIES_DIR } from "./paths";
import { refreshShippedModule } from "./shippedModule";

const USAGE = "usage: story:draft <slug> --source <article.txt> [--published YYYY-MM-DD] [--root <stories folder>]";

const isCalendarDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function main(argv: string[], io: CliIo = processIo()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { source: { type: "string" }, published: { type: "string" }, root: { type: "string" } },
      allowPositionals: true,
    });
  } catch (error) {
    io.err(`${(error as Error).message.split(". ")[0]}; ${USAGE}.\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  const slug = positionals[0];
  if (slug === undefined || !StoryId.safeParse(slug).success) {
    io.err(
      `${slug === undefined ? "No slug was given" : `${JSON.stringify(slug)} is not a slug (lower-case words joined by hyphens)`}; ${USAGE}.\n`,
    );
    return 1;
  }
  if (!values.source) {
    io.err(`No --source was given: name the article's text file; ${USAGE}.\n`);
    return 1;
  }
  if (values.published !== undefined && !isCalendarDate(values.published)) {
    io.err(`--published ${JSON.stringify(values.published)} is not a calendar date: write it as YYYY-MM-DD.\n`);
    return 1;
  }
  const root = values.root ? resolve(io.cwd, values.root) : STORIES_DIR;
  const dir = join(root, slug);
  if (existsSync(dir)) {
    io.err(`${dir} already exists: choose another slug, or edit that story.\n`);
    return 1;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, values.source));
  } catch {
    io.err(`The source ${values.source} cannot be read: give the path of a plain text file.\n`);
    return 1;
  }
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) {
    io.err(
      `The source ${values.source} is not valid UTF-8: convert it to UTF-8 first, so offsets and its hash mean one thing.\n`,
    );
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
    draft = draftStory(text, { slug, ...(values.published ? { published: values.published } : {}), gazetteer });
  } catch (error) {
    io.err(`The source ${values.source} cannot start a story: ${(error as Error).message}.\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "source.txt"), bytes);
  writeFileSync(join(dir, "story.json"), `${JSON.stringify(draft.story, null, 2)}\n`);
  try {
    loadStoryDir(dir, root); // the draft must pass every check before it is handed over
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    io.err(
      `The draft did not validate, so nothing was written: ${error instanceof StoryLoadError ? error.describeAll() : (error as Error).message}\n`,
    );
    return 1;
  }
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
