// Whether a person is written of as a man or a woman, for "he" and "she": a courtesy title or a
// gendered title in the text first, else compromise's lexicon of first names.
import nlp from "compromise";
import type { DraftEntity } from "./types";

type Gender = "female" | "male" | null;

const lexicon = (): Record<string, unknown> =>
  (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;

function ofFirstName(name: string): Gender {
  const first = name.split(" ")[0]?.toLowerCase();
  if (!first) return null;
  const entry = lexicon()[first];
  const tag = typeof entry === "string" ? entry : Array.isArray(entry) ? entry.join(",") : "";
  return tag.includes("FemaleName") ? "female" : tag.includes("MaleName") ? "male" : null;
}

export function genderOf(text: string, person: DraftEntity): Gender {
  for (const m of person.mentions) {
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    if (/\b(?:Ms|Mrs|Miss|Madam)\.? $/u.test(before)) return "female";
    if (/\bMr\.? $/u.test(before)) return "male";
    const role = m.role ? text.slice(m.role.start, m.role.end).toLowerCase() : "";
    if (/(?:woman|wife|mother|queen|princess|duchess|actress)\b/u.test(role)) return "female";
    if (/(?:\bman|husband|father|king|prince|duke)\b/u.test(role)) return "male";
  }
  return ofFirstName(person.name);
}

/** "she" fits a woman or a person of unknown gender; "he" a man or one of unknown gender. */
export function fitsPronoun(text: string, person: DraftEntity, pronoun: string): boolean {
  const gender = genderOf(text, person);
  if (gender === null) return true;
  return /^she$/iu.test(pronoun) ? gender === "female" : gender === "male";
}

/** Whether compromise's lexicon knows the word as a first name ("Michael", "Sofia"). */
export function isFirstName(word: string): boolean {
  const entry = lexicon()[word.toLowerCase()];
  const tag = typeof entry === "string" ? entry : Array.isArray(entry) ? entry.join(",") : "";
  return /FemaleName|MaleName|FirstName/u.test(tag);
}
