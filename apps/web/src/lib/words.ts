// Plain words for the model's codes that the shared vocabulary does not label.

/** A claim relation read from either end: outgoing is "this claim … the other", incoming "the other … this claim". */
export const RELATION_WORDS: Record<string, { outgoing: string; incoming: string }> = {
  elaborates: { outgoing: "Adds detail to", incoming: "Detailed further by" },
  repeats: { outgoing: "Repeats", incoming: "Repeated by" },
  supports: { outgoing: "Supports", incoming: "Supported by" },
  qualifies: { outgoing: "Qualifies", incoming: "Qualified by" },
  contrasts: { outgoing: "Stands against", incoming: "Stood against by" },
  "context-for": { outgoing: "Gives context for", incoming: "Set in context by" },
};

export const MODALITY_WORDS: Record<string, string> = {
  asserted: "asserted outright",
  hedged: "hedged (“may”, “appears”)",
  conditional: "conditional (“would”, “if”)",
  negated: "negated",
  future: "about the future",
  attempted: "told as an attempt",
};

export const EVENT_MODE_WORDS: Record<string, string> = {
  historical: "happened",
  ongoing: "ongoing",
  planned: "planned",
  hypothetical: "hypothetical",
  negated: "said not to have happened",
  attempted: "attempted",
};

export const PART_WORDS: Record<string, string> = {
  headline: "the headline",
  standfirst: "a standfirst bullet",
  body: "the body",
  caption: "a photo caption",
};

export const ATTRIBUTION_WORDS = {
  stated: "Stated: the article names who says this.",
  inferred: "Inferred: the article does not name who says this here; we read it from context.",
  "article-voice": "The article's own voice: nobody is named as saying this.",
} as const;

/** "1 claim", "3 claims". */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** A normalised interval in words: one day, a range, or a start with no end. */
export function intervalWords(interval: { start: string | null; end: string | null }): string {
  if (interval.start === null) return interval.end === null ? "no date" : `until ${interval.end}`;
  if (interval.end === null) return `from ${interval.start}, no end given`;
  return interval.start === interval.end ? interval.start : `${interval.start} to ${interval.end}`;
}
