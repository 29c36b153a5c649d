// Quoted passages: what stands between the marks, curly or straight, with a quotation left open
// at a paragraph's end running to that end (and continued by the next paragraph's opening mark).
import type { Part, Range } from "./types";

export interface FoundQuote extends Range {
  part: number;
  partial: boolean;
  unclosed: boolean;
  continued: boolean;
}

/** A straight mark opens a quotation where it follows the start, a space or an opening bracket or dash. */
const opensHere = (text: string, at: number, lineStart: number) => at === lineStart || /[\s([{—–-]/u.test(text[at - 1]!);

/** The quoted words start in lower case, or follow words of the article's own sentence with no colon or comma to introduce them. */
function isPartial(text: string, start: number, lineStart: number): boolean {
  const first = text.slice(start).match(/\p{L}/u)?.[0] ?? "";
  if (first !== "" && first === first.toLowerCase()) return true;
  const before = text.slice(lineStart, start - 1).trimEnd();
  const sentenceSoFar = before.split(/[.!?…]["”’]?(?:\s+|$)|^[-–•]\s*/u).pop() ?? "";
  return /\p{L}/u.test(sentenceSoFar) && !/[:,]$/u.test(sentenceSoFar);
}

export function findQuotations(text: string, parts: readonly Part[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let openAtParagraphEnd = false;
  for (const part of parts) {
    const continuedFromBefore = openAtParagraphEnd && part.kind === "body";
    openAtParagraphEnd = false;
    let open: { at: number; mark: string } | null = null;
    for (let i = part.start; i < part.end; i++) {
      const ch = text[i]!;
      if (open === null) {
        if (ch === "“" || (ch === '"' && opensHere(text, i, part.start))) open = { at: i, mark: ch };
        // A single mark opens only before a letter, after a space: an apostrophe never does.
        else if ((ch === "‘" || ch === "'") && opensHere(text, i, part.start) && /\p{L}/u.test(text[i + 1] ?? ""))
          open = { at: i, mark: ch };
        continue;
      }
      const single = open.mark === "‘" || open.mark === "'";
      const closes =
        (open.mark === "“" && ch === "”") ||
        (open.mark === '"' && ch === '"') ||
        (single && (ch === "’" || ch === "'") && ch === (open.mark === "‘" ? "’" : "'") && !/\p{L}/u.test(text[i + 1] ?? ""));
      if (!closes) continue;
      const start = open.at + 1;
      if (i > start) {
        quotes.push({
          start,
          end: i,
          part: part.index,
          partial: isPartial(text, start, part.start),
          unclosed: false,
          continued: continuedFromBefore && open.at === part.start,
        });
      }
      open = null;
    }
    if (open !== null && open.mark !== "‘" && open.mark !== "'") {
      const start = open.at + 1;
      const end = part.start + text.slice(part.start, part.end).trimEnd().length;
      if (end > start) {
        quotes.push({
          start,
          end,
          part: part.index,
          partial: false,
          unclosed: true,
          continued: continuedFromBefore && open.at === part.start,
        });
        openAtParagraphEnd = true;
      }
    }
  }
  return quotes;
}
