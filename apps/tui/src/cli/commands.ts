// What each scriptable command asks the API and prints. Plain text for people, or the API's own
// answer as JSON for scripts (exactly what the procedure returns, controls escaped).
import { writeFile } from "node:fs/promises";
import type { Dossier } from "../data/dossier";
import type { Procedures } from "../data/procedures";
import { DossierError } from "../data/dossierError";
import { overviewText } from "../text/overviewText";
import { actorsText, claimsText, networkText, quotesText, searchText, timelineText } from "../text/listText";
import { escapeJsonText, sanitizeDeep } from "../text/sanitize";
import { wrapLines } from "../text/wrap";
import { print, printJson, widthOf, type CliIO } from "./io";

export interface Run {
  io: CliIO;
  dossier: Dossier;
  storyId: string;
  json: boolean;
}

/** The first story unless one is named: most catalogs hold one. */
export async function chooseStory(dossier: Dossier, wanted: string | undefined): Promise<string> {
  const stories = await dossier.query("stories.list", undefined);
  if (wanted) {
    if (!stories.some((story) => story.id === wanted)) {
      const known = stories.map((story) => story.id).join(", ") || "none";
      throw new DossierError("failed", `There is no story "${wanted}" (stories: ${known}).`);
    }
    return wanted;
  }
  const first = stories[0];
  if (!first) throw new DossierError("failed", `The API at ${dossier.where} serves no story.`);
  return first.id;
}

/** Entity names by id, sanitised, for the text that names a claimant or speaker. */
async function entityNames(run: Run): Promise<Map<string, string>> {
  const entities = sanitizeDeep(await run.dossier.query("entities.list", { storyId: run.storyId }));
  return new Map(entities.map((entity) => [entity.id, entity.name]));
}

/** Prints an answer as JSON, or lays out its sanitised copy as text. */
function show<T>(run: Run, answer: T, asText: (safe: T, width: number) => string): void {
  if (run.json) printJson(run.io, answer);
  else print(run.io, asText(sanitizeDeep(answer), widthOf(run.io)));
}

export async function summary(run: Run): Promise<void> {
  const overview = await run.dossier.query("story.overview", { storyId: run.storyId });
  show(run, overview, (safe, width) => overviewText(safe, { width, bold: (s) => s }).trimEnd());
}

export async function claims(run: Run, filter: Omit<Procedures["claims.list"][0], "storyId">): Promise<void> {
  const list = await run.dossier.query("claims.list", { storyId: run.storyId, ...filter });
  if (run.json) return printJson(run.io, list);
  const names = await entityNames(run);
  show(run, list, (safe, width) => claimsText(safe, names, width));
}

export async function quotes(run: Run): Promise<void> {
  const list = await run.dossier.query("quotations.list", { storyId: run.storyId });
  if (run.json) return printJson(run.io, list);
  const names = await entityNames(run);
  show(run, list, (safe, width) => quotesText(safe, names, width));
}

export async function actors(run: Run): Promise<void> {
  show(run, await run.dossier.query("entities.list", { storyId: run.storyId }), actorsText);
}

export async function timeline(run: Run): Promise<void> {
  show(run, await run.dossier.query("story.timeline", { storyId: run.storyId }), timelineText);
}

export async function network(run: Run): Promise<void> {
  show(run, await run.dossier.query("story.network", { storyId: run.storyId }), networkText);
}

export async function search(
  run: Run,
  query: string,
  options: { kinds?: Procedures["search.query"][0]["kinds"]; limit?: number },
): Promise<void> {
  const hits = await run.dossier.query("search.query", { storyId: run.storyId, query, ...options });
  show(run, hits, (safe, width) => searchText(safe, query, width));
}

export async function source(run: Run): Promise<void> {
  const answer = await run.dossier.query("story.source", { storyId: run.storyId });
  show(run, answer, (safe, width) => wrapLines(safe.text, width).join("\n"));
}

export async function exportStory(
  run: Run,
  format: Procedures["export.story"][0]["format"],
  output: string | undefined,
): Promise<void> {
  const file = await run.dossier.query("export.story", { storyId: run.storyId, format });
  if (output) {
    // A file gets the exact bytes; only what reaches the terminal is sanitised.
    await writeFile(output, file.body).catch((error: NodeJS.ErrnoException) => {
      throw new DossierError("failed", `Cannot write ${output}: ${error.code ?? error.message}.`);
    });
    return print(run.io, `Wrote ${file.filename} (${file.contentType}) to ${output}.`);
  }
  if (run.json) return printJson(run.io, file);
  // JSON bodies keep their data exact with controls escaped; CSV and other text are sanitised.
  const isJson = /json/i.test(file.contentType);
  const body = isJson ? escapeJsonText(file.body) : sanitizeDeep(file.body);
  run.io.stdout.write(body.endsWith("\n") ? body : `${body}\n`);
}
