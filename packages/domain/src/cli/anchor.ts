/**
 * Authoring aid: fills in `start`/`end` of every span in a story.json from its `exact`
 * (and `prefix`/`suffix` where the quote repeats), and pins the source text's SHA-256.
 * Usage: pnpm -F @dossier/domain story:anchor <story folder>
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

function anchor(text: string, value: unknown, path: string, problems: string[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => anchor(text, v, `${path}[${i}]`, problems));
  if (value === null || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  if (typeof node.exact === "string") {
    const selector = `${(node.prefix as string) ?? ""}${node.exact}${(node.suffix as string) ?? ""}`;
    const at = text.indexOf(selector);
    if (at === -1) problems.push(`${path}: ${JSON.stringify(selector)} is not in the source`);
    else if (text.indexOf(selector, at + 1) !== -1) problems.push(`${path}: ${JSON.stringify(node.exact)} repeats; add a prefix or suffix`);
    else {
      const start = at + ((node.prefix as string) ?? "").length;
      const { exact, prefix, suffix } = node;
      for (const key of Object.keys(node)) delete node[key];
      Object.assign(node, { start, end: start + (exact as string).length, exact });
      if (prefix !== undefined) node.prefix = prefix;
      if (suffix !== undefined) node.suffix = suffix;
    }
    return;
  }
  for (const [key, child] of Object.entries(node)) anchor(text, child, path ? `${path}.${key}` : key, problems);
}

const dir = resolve(process.argv[2] ?? ".");
const story = JSON.parse(readFileSync(join(dir, "story.json"), "utf8"));
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
