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
  return ofOwnClause(text, person) ?? ofNameParts(person.name) ?? ofFirstName(person.name);
}

/** A pronoun after the reporting verb of the sentence that first names a person, before anyone else is named in full:
 * "Ana Lima, who runs a shop, said her sales fell". Surer than a first-name list for names written surname first. */
function ofOwnClause(text: string, person: DraftEntity): Gender {
  const first = person.mentions[0];
  if (!first) return null;
  const rest = /^[^.!?“”"]*/u.exec(text.slice(first.end, first.end + 240))![0];
  const other = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.exec(rest)?.index ?? rest.length;
  // Only right after the person's own reporting verb: "met her" is someone else.
  const pronoun = /\b(?:said|says|added|told [\p{L}]+)(?: that)? (she|her|he|his)\b/u.exec(rest.slice(0, other))?.[1];
  return pronoun ? (/^(?:she|her)$/u.test(pronoun) ? "female" : "male") : null;
}

/** A Vietnamese middle name that marks the person: "Thi" a woman, "Van" a man ("Nguyen Thi Mai"). */
function ofNameParts(name: string): Gender {
  const tokens = name.split(" ");
  if (tokens.length < 3) return null;
  const middle = tokens.slice(1, -1);
  return middle.includes("Thi") ? "female" : middle.includes("Van") ? "male" : null;
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
