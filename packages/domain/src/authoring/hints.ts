// Hints for authors: where a span's words really are, which id was probably meant. Pure.
import type { StoryIssue } from "../integrity/issue";

/** Edit distance between two short strings (ids), for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Every atom id a story file defines. */
function idsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => idsIn(item, found));
  else if (value && typeof value === "object") {
    const node = value as Record<string, unknown>;
    if (typeof node.id === "string") found.add(node.id);
    Object.values(node).forEach((child) => idsIn(child, found));
  }
  return found;
}

/** The ids nearest to a wrong one, by fewest edits; of the same kind when the story has any of that kind. */
export function closestIds(wrong: string, json: unknown, most = 3): string[] {
  const kind = `${wrong.split(".")[0]}.`;
  const all = [...idsIn(json)];
  const sameKind = all.filter((id) => id.startsWith(kind));
  return (sameKind.length > 0 ? sameKind : all)
    .map((id) => ({ id, cost: editDistance(wrong, id) }))
    .sort((a, b) => a.cost - b.cost || (a.id < b.id ? -1 : 1))
    .slice(0, most)
    .map(({ id }) => id);
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');

/**
 * Where in the text an author's quote most likely is: the whole quote ignoring case, spacing and
 * curly quotes, or else the longest of its opening or closing words found there.
 */
export function nearestMatch(text: string, exact: string): { start: number; end: number; found: string } | null {
  // Folding keeps the length of every character but runs of spaces; map back through an index.
  const positions: number[] = [];
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const next = fold(text[i]!);
    if (next === " " && out.endsWith(" ")) continue;
    out += next;
    positions.push(i);
  }
  const within = (at: number, length: number) => {
    const start = positions[at]!;
    const end = (positions[at + length - 1] ?? text.length - 1) + 1;
    return { start, end, found: text.slice(start, end) };
  };
  const needle = fold(exact).trim();
  if (needle === "") return null;
  const whole = out.indexOf(needle);
  if (whole !== -1) return within(whole, needle.length);
  const words = needle.split(" ");
  for (let take = words.length - 1; take >= 2; take--) {
    for (const piece of [words.slice(0, take).join(" "), words.slice(-take).join(" ")]) {
      const at = out.indexOf(piece);
      if (at !== -1) return within(at, piece.length);
    }
  }
  return null;
}

/** The value at a JSON path of a story file. */
const at = (json: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    json,
  );

/** One sentence that helps fix an issue, or null when there is nothing better to say. */
export function hintFor(issue: StoryIssue, json: unknown, text: string): string | null {
  const unresolved = /^(\S+) does not resolve to any atom/.exec(issue.reason);
  if (unresolved) {
    const near = closestIds(unresolved[1]!, json);
    return near.length > 0 ? `did you mean ${near.join(", ")}?` : null;
  }
  const exactOf = (node: unknown) => (node && typeof node === "object" ? (node as { exact?: unknown }).exact : undefined);
  // The path names the span, or one of its fields (`….span.exact`).
  const exact = exactOf(at(json, issue.path)) ?? exactOf(at(json, issue.path.slice(0, -1)));
  if (typeof exact === "string" && /does not match the source|is not the text just|does not lie inside/.test(issue.reason)) {
    const match = nearestMatch(text, exact);
    if (!match) return "these words are nowhere in the source; copy them from source.txt.";
    return match.found === exact
      ? `the words are at ${match.start}-${match.end}; run story:anchor to fill in the offsets.`
      : `the nearest match is at ${match.start}-${match.end}: ${JSON.stringify(match.found.length > 80 ? `${match.found.slice(0, 77)}…` : match.found)}.`;
  }
  return null;
}
