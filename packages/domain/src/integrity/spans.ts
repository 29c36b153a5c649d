import type { Part } from "../schema/source";
import type { FoundSpan } from "./walk";
import type { StoryIssue } from "./issue";

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

const excerpt = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);

/** Every span quotes the source exactly, is unambiguous, and lies inside one part. */
export function checkSpans(text: string, parts: readonly Part[], spans: readonly FoundSpan[]): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const counts = new Map<string, number>();
  for (const { span, path } of spans) {
    if (span.end > text.length) {
      issues.push({
        path: [...path, "end"],
        reason: `end ${span.end} lies past the end of the source (${text.length} characters)`,
      });
      continue;
    }
    const found = text.slice(span.start, span.end);
    if (found !== span.exact) {
      issues.push({
        path: [...path, "exact"],
        reason: `${excerpt(span.exact)} does not match the source at ${span.start}-${span.end}, which reads ${excerpt(found)}`,
      });
      continue;
    }
    if (span.prefix !== undefined && text.slice(span.start - span.prefix.length, span.start) !== span.prefix) {
      issues.push({ path: [...path, "prefix"], reason: `prefix ${excerpt(span.prefix)} is not the text just before the span` });
      continue;
    }
    if (span.suffix !== undefined && text.slice(span.end, span.end + span.suffix.length) !== span.suffix) {
      issues.push({ path: [...path, "suffix"], reason: `suffix ${excerpt(span.suffix)} is not the text just after the span` });
      continue;
    }
    let count = counts.get(span.exact);
    if (count === undefined) counts.set(span.exact, (count = countOccurrences(text, span.exact)));
    if (count > 1) {
      const selector = (span.prefix ?? "") + span.exact + (span.suffix ?? "");
      if (countOccurrences(text, selector) !== 1) {
        issues.push({
          path: path,
          reason: `${excerpt(span.exact)} occurs ${count} times in the source and its prefix/suffix do not single out one`,
        });
        continue;
      }
    }
    const isPartSpan = path.length >= 2 && path[path.length - 1] === "span" && path[path.length - 3] === "parts";
    if (!isPartSpan && !parts.some((p) => p.span.start <= span.start && span.end <= p.span.end)) {
      issues.push({ path, reason: `the span ${span.start}-${span.end} does not lie inside any one part of the source` });
    }
  }
  return issues;
}

/** Parts come in reading order and never overlap. */
export function checkParts(parts: readonly Part[]): StoryIssue[] {
  const issues: StoryIssue[] = [];
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    if (previous && part.span.start < previous.span.end) {
      issues.push({
        path: ["source", "parts", i, "span", "start"],
        reason: `part ${part.id} starts at ${part.span.start}, before the previous part ends at ${previous.span.end}`,
      });
    }
  });
  return issues;
}
