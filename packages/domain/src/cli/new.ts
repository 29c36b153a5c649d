/**
 * Scaffolds a story folder for a new article: the text stored byte for byte, its hash pinned,
 * and a story.json that already passes every check, with its parts found from the layout.
 * Usage: pnpm story:new <slug> --source <article.txt> [--title "…"] [--root <stories folder>]
 */
import { relative } from "node:path";
import { scaffoldStory } from "../authoring/scaffold";
import { isEntryPoint, processIo, type CliIo } from "./io";
import { readNewStory, writeStoryFolder } from "./newFolder";
import { refreshShippedModule } from "./shippedModule";

const USAGE = "usage: story:new <slug> --source <article.txt> [--title <title>] [--root <stories folder>]";

export function main(argv: string[], io: CliIo = processIo()): number {
  const request = readNewStory(argv, io, USAGE, ["title"]);
  if (!request) return 1;
  const { slug, dir, text, source, values } = request;
  let json: Record<string, unknown>;
  try {
    json = scaffoldStory({ slug, text, ...(typeof values.title === "string" ? { title: values.title } : {}) });
  } catch (error) {
    io.err(`The source ${source} cannot start a story: ${(error as Error).message}.\n`);
    return 1;
  }
  if (!writeStoryFolder(request, json, "scaffold", io)) return 1;
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
