/**
 * Authoring aid: fills in `start`/`end` of every span in a story.json from its `exact`
 * (and `prefix`/`suffix` where the quote repeats), and pins the source text's SHA-256.
 * Write `"nth": 2` to pick the second occurrence of a repeated quote.
 * Usage: pnpm -F @dossier/domain story:anchor <story folder>
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const isUnique = (text: string, selector: string) => text.indexOf(selector) === text.lastIndexOf(selector);

/** The shortest whole-word prefix (or, at the very start, suffix) that singles out this occurrence. */
function disambiguate(text: string, start: number, exact: string): { prefix?: string; suffix?: string } {
  for (let from = start - 1; from >= 0; from--) {
    const prefix = text.slice(from, start);
    if (isUnique(text, prefix + exact) && (from === 0 || /\s/.test(text[from - 1]!))) return { prefix };
  }
  const end = start + exact.length;
  for (let to = end + 1; to <= text.length; to++) {
    const suffix = text.slice(end, to);
    if (isUnique(text, exact + suffix) && (to === text.length || /\s/.test(text[to]!))) return { suffix };
  }
  return {};
}

function anchor(text: string, value: unknown, path: string, problems: string[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => anchor(text, v, `${path}[${i}]`, problems));
  if (value === null || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  if (typeof node.exact === "string") {
    const exact = node.exact;
    let { prefix, suffix } = node as { prefix?: string; suffix?: string };
    let start = -1;
    if (typeof node.nth === "number") {
      // "the nth occurrence": find it, then give it the shortest whole-word prefix that is unique
      for (let i = 0, at = -1; i < node.nth; i++) start = at = text.indexOf(exact, at + 1);
      ({ prefix, suffix } = start !== -1 && !isUnique(text, exact) ? disambiguate(text, start, exact) : {});
    } else {
      const selector = `${prefix ?? ""}${exact}${suffix ?? ""}`;
      const at = text.indexOf(selector);
      if (at !== -1 && text.indexOf(selector, at + 1) !== -1) {
        problems.push(`${path}: ${JSON.stringify(exact)} repeats; add "nth", a prefix or a suffix`);
        return;
      }
      if (at !== -1) start = at + (prefix ?? "").length;
    }
    if (start === -1) problems.push(`${path}: ${JSON.stringify(exact)} is not in the source there`);
    else {
      for (const key of Object.keys(node)) delete node[key];
      Object.assign(node, { start, end: start + exact.length, exact });
      if (prefix !== undefined) node.prefix = prefix;
      if (suffix !== undefined) node.suffix = suffix;
    }
    return;
  }
  for (const [key, child] of Object.entries(node)) anchor(text, child, path ? `${path}.${key}` : key, problems);
}

const dir = resolve(process.argv[2] ?? ".");
// An author's draft, not yet a valid story: only the fields this script fills in are read.
const story = JSON.parse(readFileSync(join(dir, "story.json"), "utf8")) as {
  source: { file: string; sha256?: string; parts: unknown };
};
const bytes = readFileSync(join(dir, story.source.file));
const text = bytes.toString("utf8");
story.source.sha256 = createHash("sha256").update(bytes).digest("hex");
const problems: string[] = [];
const { source, ...rest } = story;
anchor(text, rest, "", problems);
anchor(text, source.parts, "source.parts", problems);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
writeFileSync(join(dir, "story.json"), `${JSON.stringify(story, null, 2)}\n`);
console.log(`anchored ${join(dir, "story.json")}`);
