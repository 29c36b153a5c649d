// The title a mention gives a person: the words before the name that end in an office
// ("National Security Council spokesman John Kirby"), or an apposition after it ("X, research analyst at").
import { NOT_NAMES, OFFICE_NOUNS, TITLE_NOUNS } from "./lexicon";
import type { Range } from "./types";

export function roleBefore(
  text: string,
  nameStart: number,
  carried: Range | null,
): (Range & { organisation: string | null }) | null {
  if (carried) return { ...carried, organisation: null };
  const lineStart = text.lastIndexOf("\n", nameStart - 1) + 1;
  const before = text.slice(lineStart, nameStart);
  const ws = [...before.matchAll(/[\p{L}’'-]+|[^\s\p{L}]/gu)].map((m) => ({ text: m[0], start: lineStart + m.index }));
  let first = ws.length;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!.text;
    const capitalised = /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w);
    if (!(capitalised || TITLE_NOUNS.test(w))) break;
    first = i;
  }
  if (first === ws.length || !OFFICE_NOUNS.test(ws[ws.length - 1]!.text)) return null;
  // The run must touch the name: only a space between.
  const lastWord = ws[ws.length - 1]!;
  if (text.slice(lastWord.start + lastWord.text.length, nameStart) !== " ") return null;
  return { start: ws[first]!.start, end: lastWord.start + lastWord.text.length, organisation: null };
}

const APPOSITION = /^, (?:the |a |an )?((?:[\p{L}’'-]+ ){0,3}?[\p{L}-]+)(?= at | of | for | in |, |\.| said| told)/u;

export function roleAfter(text: string, nameEnd: number): (Range & { organisation: string | null }) | null {
  const match = APPOSITION.exec(text.slice(nameEnd, nameEnd + 80));
  if (!match) return null;
  const words = match[1]!.split(" ");
  if (!OFFICE_NOUNS.test(words[words.length - 1]!)) return null;
  const start = nameEnd + match[0].length - match[1]!.length;
  return { start, end: start + match[1]!.length, organisation: null };
}
