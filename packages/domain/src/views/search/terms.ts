import MiniSearch from "minisearch";

const tokenizeDefault = MiniSearch.getDefault("tokenize") as (text: string) => string[];

/** Words of a text as MiniSearch sees them (split on spaces and punctuation). */
export const tokenize = (text: string): string[] => tokenizeDefault(text);

/**
 * One normalised term: lower case, accents folded (so "Kiev" style spellings with marks still
 * meet), and single letters dropped — they match everything and mean nothing.
 */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  // Folding costs a Unicode normalisation; plain ASCII words (most of them) skip it.
  const folded = /[\u0080-\u{10ffff}]/u.test(lower) ? lower.normalize("NFD").replace(/\p{M}+/gu, "") : lower;
  return folded.length > 1 || /\d/.test(folded) ? folded : null;
}

/** The set of normalised terms in a text. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) terms.add(term);
  }
  return terms;
}
