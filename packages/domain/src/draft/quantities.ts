// Quantities: a qualifier ("more than", "hundreds of"), a value or the range vague words imply,
// and the unit with what it counts, as far as the noun phrase runs ("types of weapons and ammunition").
import nlp from "compromise";
import type { DraftQuantity, Range } from "./types";
import { NUMBER_WORDS } from "./numberWords";

interface Term {
  offset: { start: number };
  tags: string[];
}

/** Offsets (in the part) of the words compromise reads as verbs or adverbs there: they end a noun phrase. */
function clauseWords(line: string): Set<number> {
  const sentences = nlp(line).json({ offset: true }) as { terms: Term[] }[];
  const out = new Set<number>();
  for (const s of sentences)
    for (const t of s.terms) if (t.tags.includes("Verb") || t.tags.includes("Adverb")) out.add(t.offset.start);
  return out;
}

const SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const VAGUE: Record<string, { min: number; max: number }> = {
  dozens: { min: 24, max: 99 },
  scores: { min: 40, max: 99 },
  hundreds: { min: 200, max: 999 },
  thousands: { min: 2_000, max: 9_999 },
  "tens of thousands": { min: 20_000, max: 99_999 },
  "hundreds of thousands": { min: 200_000, max: 999_999 },
  millions: { min: 2_000_000, max: 9_999_999 },
  billions: { min: 2_000_000_000, max: 9_999_999_999 },
};
const QUALIFIERS: [RegExp, NonNullable<DraftQuantity["qualifier"]>["kind"]][] = [
  [/^(more than|over|upwards of|in excess of|above)$/u, "more-than"],
  [/^(less than|fewer than|under|below)$/u, "less-than"],
  [/^(about|around|roughly|nearly|almost|some|approximately|an estimated|close to)$/u, "approximately"],
  [/^(at least|no fewer than|no less than)$/u, "at-least"],
  [/^(at most|up to|no more than)$/u, "at-most"],
];

const WORD_NUMBER = `(?:${Object.keys(NUMBER_WORDS)
  .filter((w) => w.length > 2)
  .join("|")})`;
const FRACTION = "(?:a|one|two|three) (?:half|third|quarter|fifth|sixth|tenth)s?|half|two-thirds|three-quarters";
const NUMBER = `${FRACTION}|(?:[$£€]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER}(?:[- ]${WORD_NUMBER})?)(?: (?:dozen|hundred|thousand|million|billion))?|a (?:dozen|hundred|thousand|million|billion)`;
const QUALIFIER =
  "more than|fewer than|less than|at least|at most|up to|no more than|no fewer than|upwards of|in excess of|about|around|roughly|nearly|almost|approximately|an estimated|close to|over|under|some";
const VAGUE_WORDS = "tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|billions";
const FIGURE = new RegExp(
  `(?<![\\p{L}\\d$£€])(?:(${QUALIFIER}) )?(?:(${VAGUE_WORDS}) of|(${NUMBER})(?:%| per ?cent| percent)?)(?= |,|\\.|%|$)`,
  "giu",
);

/** Units of measure: after one, only "of" continues the phrase ("400 metres underground" ends at "metres"). */
const MEASURE =
  /^(metres|meters|kilometres|kilometers|miles|feet|inches|centimetres|millimetres|tonnes|tons|kilograms|kilos|grams|pounds|litres|liters|gallons|barrels|hectares|acres|degrees|hours|minutes|seconds|days|weeks|months|years|percent|euros|dollars|pounds|yuan|yen|roubles|rubles|rupees)$/iu;
/** A part of a whole: "Twelve of the 17 workers" is one quantity. */
const PART_OF = new RegExp(`^ (?:of the|in) (?:${NUMBER})(?= )`, "iu");

/** Words that end a noun phrase: prepositions other than "of", verbs of the clause, conjunctions, articles. */
const STOP =
  /^(to|from|in|on|at|by|for|with|into|since|during|over|under|than|that|which|who|as|and|or|but|the|a|an|its|their|his|her|was|were|is|are|be|been|has|have|had|would|will|could|can|said|says|told|this|these|those|it|they|he|she|we|after|before|while|because|if|when|where|per|each|across|between|against|toward|towards|near|including|within|without|about|through|last|ago|more|less|so|not|also|only|some|went|came|took|made|gave|got|left|fled|fell|rose|met|held|sold|bought|sent|ran|saw|began|became|remain|remained|stood|lost|won|paid|kept|found|died|do|did|does|may|might|must|should)$/u;

function value(words: string): number | null {
  const clean = words
    .toLowerCase()
    .replace(/[$£€,]/gu, "")
    .trim();
  if (/^\d+(\.\d+)?$/u.test(clean)) return Number(clean);
  const fraction = /^(?:(a|one|two|three) )?(half|third|quarter|fifth|sixth|tenth|two-thirds|three-quarters)s?$/u.exec(clean);
  if (fraction) {
    const shares: Record<string, number> = {
      half: 1 / 2,
      third: 1 / 3,
      quarter: 1 / 4,
      fifth: 1 / 5,
      sixth: 1 / 6,
      tenth: 1 / 10,
      "two-thirds": 2 / 3,
      "three-quarters": 3 / 4,
    };
    return (NUMBER_WORDS[fraction[1] ?? "one"] ?? 1) * shares[fraction[2]!]!;
  }
  let total = 1;
  let seen = false;
  for (const part of clean.split(/[- ]/u)) {
    if (/^\d+(\.\d+)?$/u.test(part)) total *= Number(part);
    else if (part in NUMBER_WORDS)
      total = seen && NUMBER_WORDS[part]! < 10 && total % 10 === 0 ? total + NUMBER_WORDS[part]! : total * NUMBER_WORDS[part]!;
    else if (part in SCALE) total *= SCALE[part]!;
    else return null;
    seen = true;
  }
  return seen ? total : null;
}

export function findQuantities(text: string, parts: readonly Range[], taken: readonly Range[]): DraftQuantity[] {
  const out: DraftQuantity[] = [];
  for (const part of parts) {
    const line = text.slice(part.start, part.end);
    for (const m of line.matchAll(FIGURE)) {
      const start = part.start + m.index;
      if (taken.some((t) => start < t.end && t.start < start + m[0].length)) continue; // a year or a date, not a count
      if (out.some((q) => q.start <= start && start < q.end)) continue; // the whole of "Twelve of the 17 workers"
      // The noun phrase: words up to a stop word or punctuation; "of" and "and" only between nouns.
      let cursor = start + m[0].length;
      const whole = PART_OF.exec(text.slice(cursor, part.end));
      if (whole) cursor += whole[0].length;
      // Only the words after the figure are tagged: the whole part would cost more than it tells.
      const windowStart = start;
      let clause: Set<number> | undefined;
      const unitWords: string[] = [];
      const cursors: number[] = [];
      for (;;) {
        const next = /^ ([\p{L}][\p{L}-]*)/u.exec(text.slice(cursor, part.end));
        if (!next) break;
        const word = next[1]!;
        const lower = word.toLowerCase();
        if ((lower === "of" || lower === "and") && unitWords.length > 0) {
          const after = /^ (?:of|and)((?: (?:a|an|the))?) ([\p{L}][\p{L}-]*)/u.exec(text.slice(cursor, part.end));
          const noun = after?.[2]?.toLowerCase() ?? "";
          const verbLike = /(ed|ly)$/u.test(noun) && !/^(need|speed|feed|seed|bed|shed|breed|weed|reed)$/u.test(noun);
          if (after && !STOP.test(noun) && !verbLike && (lower === "of" || after[1] === "")) {
            cursors.push(cursor);
            unitWords.push(lower);
            cursor += next[0].length + after[1]!.length;
            continue;
          }
          break;
        }
        clause ??= clauseWords(text.slice(windowStart, Math.min(part.end, cursor + 90)));
        if (clause.has(cursor + 1 - windowStart) && unitWords.length > 0) break; // a verb or adverb of the clause
        if (
          STOP.test(lower) ||
          (/(ed|ly)$/u.test(lower) && !/^(need|speed|feed|seed|bed|shed|breed|weed|reed)$/u.test(lower)) ||
          unitWords.length >= 7
        )
          break;
        cursors.push(cursor);
        unitWords.push(word);
        cursor += next[0].length;
        if (MEASURE.test(word) && !/^ of /u.test(text.slice(cursor, part.end))) break;
      }
      // A phrase never ends on "of" or "and": what followed them was not part of it.
      while (unitWords.length > 0 && /^(of|and)$/u.test(unitWords.at(-1)!)) {
        unitWords.pop();
        cursor = cursors.pop()!;
      }
      const isPercent = /%|cent$/u.test(m[0]);
      const currency = /^[$£€]/u.exec(m[3] ?? "")?.[0];
      if (unitWords.length === 0 && !isPercent && !currency) continue;
      if (/^(thousands|millions|billions|hundreds)$/iu.test(unitWords[0] ?? "")) continue; // "hundreds of millions" names no unit
      const vague = m[2]?.toLowerCase();
      const qualifierText = vague ? `${m[1] ? `${m[1]} ` : ""}${vague} of` : m[1];
      const qualifierKind = vague ? "order-of-magnitude" : QUALIFIERS.find(([re]) => re.test((m[1] ?? "").toLowerCase()))?.[1];
      const number = m[3] ? value(m[3].replace(/%| ?per ?cent| percent/u, "")) : null;
      if (!vague && number === null) continue;
      if (number === 1 && !whole && /^(one|a|an)\b/iu.test(m[3] ?? "")) continue; // "one official" names one thing; it counts nothing
      const ofAt = unitWords.indexOf("of");
      const unitHead = (ofAt > 0 ? unitWords[ofAt - 1] : unitWords[unitWords.length - 1]) ?? "percent";
      out.push({
        start,
        end: cursor,
        qualifier: qualifierText && qualifierKind ? { text: qualifierText, kind: qualifierKind } : null,
        value: vague ? null : number,
        range: vague ? VAGUE[vague]! : null,
        rangeReason: vague
          ? `"${vague}" read as the usual span of that word (${VAGUE[vague]!.min} to ${VAGUE[vague]!.max}); check it.`
          : null,
        unit: isPercent
          ? "percent"
          : currency && unitWords.length === 0
            ? ({ $: "dollars", "£": "pounds", "€": "euros" } as Record<string, string>)[currency]!
            : unitHead.toLowerCase(),
      });
    }
  }
  return out;
}
