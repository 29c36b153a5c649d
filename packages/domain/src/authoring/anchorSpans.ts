// Pure authoring helpers: turn quoted text into W3C-style spans with offsets. No Node, so a
// browser-side editor or the draft extractor can use them too.

export const isUnique = (text: string, selector: string) => text.indexOf(selector) === text.lastIndexOf(selector);

/** The shortest whole-word prefix (or, at the very start, suffix) that singles out this occurrence. */
export function disambiguate(text: string, start: number, exact: string): { prefix?: string; suffix?: string } {
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

/**
 * Fills in `start`/`end` of every span in a story file from its `exact` (and `prefix`/`suffix`,
 * or `nth` for the nth occurrence), in place. Returns one line per span it could not place.
 */
export function anchorSpans(json: { source: { parts: unknown } } & Record<string, unknown>, text: string): string[] {
  const problems: string[] = [];
  const { source, ...rest } = json;
  anchor(text, rest, "", problems);
  anchor(text, source.parts, "source.parts", problems);
  return problems;
}
