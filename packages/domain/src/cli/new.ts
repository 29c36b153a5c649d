/**
 * Scaffolds a story folder for a new article: the text stored byte for byte, its hash pinned,
 * and a story.json that already passes every check, with its parts found from the layout.
 * Usage: pnpm story:new <slug> --source <article.txt> [--title "…"] [--root <stories folder>]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { scaffoldStory } from "../authoring/scaffold";
import { StoryLoadError } from "../integrity/issue";
import { loadStoryDir } from "../catalog";
import { StoryId } from "../schema/ids";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { STORIES_DIR } from "./paths";
import { refreshShippedModule } from "./shippedModule";

const USAGE = "usage: story:new <slug> --source <article.txt> [--title <title>] [--root <stories folder>]";

export function main(argv: string[], io: CliIo = processIo()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { source: { type: "string" }, title: { type: "string" }, root: { type: "string" } },
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
  let json: Record<string, unknown>;
  try {
    json = scaffoldStory({ slug, text, ...(values.title ? { title: values.title } : {}) });
  } catch (error) {
    io.err(`The source ${values.source} cannot start a story: ${(error as Error).message}.\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "source.txt"), bytes);
  writeFileSync(join(dir, "story.json"), `${JSON.stringify(json, null, 2)}\n`);
  try {
    loadStoryDir(dir, root); // the skeleton must pass every check before it is handed over
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    io.err(
      `The scaffold did not validate, so nothing was written: ${error instanceof StoryLoadError ? error.describeAll() : (error as Error).message}\n`,
    );
    return 1;
  }
  const shown = relative(io.cwd, dir) || dir;
  const parts = (json.source as { parts: { kind: string }[] }).parts;
  const count = (kind: string) => parts.filter((part) => part.kind === kind).length;
  io.out(
    [
      `Created ${shown}: source.txt (verbatim) and story.json, valid, with ${parts.length} parts ` +
        `(1 headline, ${count("standfirst")} standfirst, ${count("body")} body, ${count("caption")} caption).`,
      "Next: check the parts, write the title, summary, claims and entities (see docs/adding-a-story.md),",
      `then run pnpm -F @dossier/domain story:anchor ${shown} and pnpm story:check ${shown}.`,
      "",
    ].join("\n"),
  );
  refreshShippedModule(dir, io);
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
