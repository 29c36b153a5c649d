import type { Story } from "../schema/story";
import type { Part, PartKind } from "../schema/source";
import type { Span } from "../schema/span";

/** Which part of the telling a passage sits in. */
export interface PartRef {
  id: string;
  kind: PartKind;
}

/** A span with the part it sits in and a little of the text around it, for reading in context. */
export interface Excerpt {
  span: Span;
  part: PartRef | null;
  before: string;
  after: string;
}

/** The source part containing a span; null if none does (never for a loaded story's atoms). */
export function partOf(story: Story, span: Pick<Span, "start" | "end">): Part | null {
  const parts = story.source.parts;
  // Parts are in reading order and never overlap (checkStory proves it), so bisect.
  let low = 0;
  let high = parts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const part = parts[middle]!;
    if (span.start < part.span.start) high = middle - 1;
    else if (span.start >= part.span.end) low = middle + 1;
    else return span.end <= part.span.end ? part : null;
  }
  return null;
}

export const partRef = (part: Part | null): PartRef | null => (part ? { id: part.id, kind: part.kind } : null);

/** Up to `context` characters either side of a span, kept inside its part and cut at a word. */
export function excerptOf(story: Story, span: Span, context = 60): Excerpt {
  const text = story.source.text;
  const part = partOf(story, span);
  const from = part?.span.start ?? 0;
  const to = part?.span.end ?? text.length;
  let before = text.slice(Math.max(from, span.start - context), span.start);
  let after = text.slice(span.end, Math.min(to, span.end + context));
  if (span.start - context > from) before = before.replace(/^\S*\s+/, "");
  if (span.end + context < to) after = after.replace(/\s+\S*$/, "");
  return { span, part: partRef(part), before, after };
}
