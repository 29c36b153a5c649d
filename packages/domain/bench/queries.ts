/**
 * Fixed search queries per story, in the story's language: names, plain words, prefixes,
 * multi-word phrases and a one-letter typo, as a reader would type them.
 */
export const QUERIES: Record<string, readonly string[]> = {
  "arms-for-food": [
    "Kirby", // name
    "John Kirby", // full name
    "North Korea", // two words
    "Pyongyang",
    "Russia",
    "Putin",
    "Mkrtychev",
    "Yellen",
    "weapons",
    "ammunition",
    "food",
    "sanctions",
    "famine",
    "delegation",
    "Security Council resolutions",
    "amm", // prefix
    "sanc", // prefix
    "Kirbi", // typo
    "Treasury",
    "Thursday",
  ],
  "harbour-market": [
    "Quill",
    "Mara Quill",
    "Brandt",
    "council",
    "Harbour council",
    "traders",
    "market",
    "fish market",
    "protest",
    "Saturday",
    "Monday",
    "stalls",
    "consulted",
    "safety",
    "denied",
    "vote",
    "Qui", // prefix
    "sta", // prefix
    "Brant", // typo
    "spokesman",
  ],
};
