import type { Story } from "../schema/story";
import type { StoryIssue } from "./issue";
import { isSpan } from "./walk";

/** The longest run of consecutive words the project's prose may share with the source. */
export const MAX_SHARED_WORDS = 12;

/** Case-folded words with punctuation treated as a break, so "Russia’s" and "russia's" compare equal. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("en")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** A run of words shared with the source: its length and the (normalised) words. */
export interface SharedRun {
  length: number;
  words: string[];
}

/** The source's words, indexed by every run of `limit + 1` words, so each piece of prose is one pass. */
export class SourceRuns {
  private readonly starts = new Map<string, number[]>();
  constructor(
    private readonly words: readonly string[],
    private readonly limit = MAX_SHARED_WORDS,
  ) {
    for (let i = 0; i + limit + 1 <= words.length; i++) {
      const key = words.slice(i, i + limit + 1).join(" ");
      const seen = this.starts.get(key);
      if (seen) seen.push(i);
      else this.starts.set(key, [i]);
    }
  }

  /** The longest run of more than `limit` words that `prose` shares with the source, if any. */
  longestIn(prose: string): SharedRun | null {
    const source = this.words;
    const gram = this.limit + 1;
    const words = normalisedWords(prose);
    let best: SharedRun | null = null;
    for (let i = 0; i + gram <= words.length; i++) {
      for (const at of this.starts.get(words.slice(i, i + gram).join(" ")) ?? []) {
        let length = gram;
        while (i + length < words.length && at + length < source.length && words[i + length] === source[at + length]) length++;
        if (!best || length > best.length) best = { length, words: words.slice(i, i + length) };
      }
    }
    return best;
  }
}

/**
 * Every string the project writes, with its path: everything in the story except the source
 * record, the spans (verbatim by definition) and a quotation's `text` (the place for verbatim words).
 * Ids and enum values are walked too, but are far too short to share a run.
 */
function projectStrings(story: Story): { text: string; path: PropertyKey[] }[] {
  const found: { text: string; path: PropertyKey[] }[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === "string") found.push({ text: value, path });
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === "object" && !isSpan(value)) {
      for (const [key, child] of Object.entries(value)) {
        const verbatimQuote = path.length === 2 && path[0] === "quotations" && key === "text";
        if (!verbatimQuote) visit(child, [...path, key]);
      }
    }
  };
  for (const [key, value] of Object.entries(story)) if (key !== "source") visit(value, [key]);
  return found;
}

/** No project prose repeats more than MAX_SHARED_WORDS consecutive words of the source: our words, or a quotation. */
export function checkOwnWords(story: Story): StoryIssue[] {
  const source = new SourceRuns(normalisedWords(story.source.text));
  const issues: StoryIssue[] = [];
  for (const { text, path } of projectStrings(story)) {
    const run = source.longestIn(text);
    if (run) {
      const shown = run.words.length > 8 ? `${run.words.slice(0, 8).join(" ")} …` : run.words.join(" ");
      issues.push({
        path,
        reason: `repeats ${run.length} consecutive words of the source ("${shown}"), more than ${MAX_SHARED_WORDS}; say it in the project's own words, or model the words as a quotation`,
      });
    }
  }
  return issues;
}
