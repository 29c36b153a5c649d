// The text's layout as the drafter reads it: parts by line, sentences within a part.
import { partsByLayout } from "../authoring/scaffold";
import type { Part, Sentence } from "./types";

export function partsOf(text: string): Part[] {
  return partsByLayout(text).map((part, index) => ({ ...part, index }));
}

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATION =
  /(\b(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Ltd|vs|etc)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])$/u;

/** Sentences of each part: a stop (with any closing quote) followed by space and a capital or an opening quote. */
export function sentencesOf(text: string, parts: readonly Part[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const part of parts) {
    let start = part.start;
    const body = text.slice(part.start, part.end);
    const boundary = /[.!?…]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
    for (const match of body.matchAll(boundary)) {
      const end = part.start + match.index + match[0].length;
      const before = text.slice(start, part.start + match.index);
      if (match[0].startsWith(".") && ABBREVIATION.test(before)) continue;
      sentences.push({ start, end, part: part.index });
      start = end;
      while (/\s/u.test(text[start] ?? "")) start++;
    }
    if (start < part.end) sentences.push({ start, end: part.end, part: part.index });
  }
  return sentences;
}

export const sentenceAt = (sentences: readonly Sentence[], offset: number): Sentence | undefined =>
  sentences.find((s) => s.start <= offset && offset < s.end);
