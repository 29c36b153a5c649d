// Quantities: a qualifier ("more than", "hundreds of"), a value or the range vague words imply,
// and the unit with what it counts, as far as the noun phrase runs ("types of weapons and ammunition").
import nlp from "compromise";
import type { DraftQuantity, Range } from "./types";
import { NOT_NAMES } from "./lexicon";
import { NUMBER_WORDS } from "./numberWords";

/** A number that belongs to a name ("Article 5", "Boeing 737", "COVID-19") or tells the time of day ("3 p.m."). */
function inName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/\p{L}-$|\d[:.]$/u.test(before) || /^(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b))/u.test(text.slice(end, end + 6))) return true;
  const word = /(\p{Lu}[\p{L}.]*) $/u.exec(before)?.[1];
  return word !== undefined && !NOT_NAMES.has(word) && !/^[\p{Lu}][\p{Ll}]+\.$/u.test(word);
}

interface Term {
  offset: { start: number };
  tags: string[];
}

/** Offsets (in the part) of the words compromise reads as verbs or adverbs there, which end a noun phrase, and of plural nouns, which head one. */
function clauseWords(line: string): { verbs: Set<number>; plurals: Set<number> } {
  const sentences = nlp(line).json({ offset: true }) as { terms: Term[] }[];
  const verbs = new Set<number>();
  const plurals = new Set<number>();
  for (const s of sentences)
    for (const t of s.terms) {
      if (t.tags.includes("Verb") || t.tags.includes("Adverb")) verbs.add(t.offset.start);
      else if (t.tags.includes("Plural")) plurals.add(t.offset.start);
    }
  return { verbs, plurals };
}

const SCALE: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  tn: 1_000_000_000_000,
  trn: 1_000_000_000_000,
  lakh: 100_000,
  crore: 10_000_000,
};
const VAGUE: Record<string, { min: number; max: number }> = {
  dozens: { min: 24, max: 99 },
  scores: { min: 40, max: 99 },
  hundreds: { min: 200, max: 999 },
  thousands: { min: 2_000, max: 9_999 },
  "tens of thousands": { min: 20_000, max: 99_999 },
  "hundreds of thousands": { min: 200_000, max: 999_999 },
  "tens of millions": { min: 20_000_000, max: 99_999_999 },
  "hundreds of millions": { min: 200_000_000, max: 999_999_999 },
  "tens of billions": { min: 20_000_000_000, max: 99_999_999_999 },
  "hundreds of billions": { min: 200_000_000_000, max: 999_999_999_999 },
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
/** A currency sign or code written before the sum ("€", "US$", "Rs", "RM"). */
/** Currency codes a wire story writes before or after a sum ("USD 2 million", "300 million EUR"). */
const CODES = "USD|EUR|GBP|JPY|CNY|RMB|INR|IDR|KRW|VND|NGN|BRL|PLN|SAR|AED|EGP|TRY|ZAR|KES|PHP|MYR|THB|CHF|RUB|UAH|PKR|BDT|GHS";
const CURRENCY = `(?:US\\$|A\\$|C\\$|NZ\\$|HK\\$|S\\$|R\\$|[$£€¥₹₩₦₱]|Rs\\.? ?|Rp ?|RM ?|(?:${CODES}) )`;
const SCALE_WORDS = "(?:dozen|hundred|thousand|million|billion|trillion|crore|lakh)";
const DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
const PLAIN = `(?:${DIGITS}|${WORD_NUMBER}(?:[- ]${WORD_NUMBER})?)(?: ${SCALE_WORDS})?|a ${SCALE_WORDS}`;
/** A sum of money: the sign, then the figure with its scale as a word or shorthand ("€300m", "$2.4bn"). */
const MONEY = `${CURRENCY}\\s?${DIGITS}(?:(?:bn|mn|m|k|tn|trn)(?![A-Za-z\\d])|(?: ${SCALE_WORDS})?)`;
const NUMBER = `half a ${SCALE_WORDS}|(?:several|a few) ${SCALE_WORDS}|${FRACTION}|${MONEY}|${PLAIN}`;
const PERCENT = "(?:%| per ?cent| percent)?";
/** "between 40 and 60", "40 to 60", "40-60": one quantity with two bounds. */
const BOUND = `(?:${MONEY}|${DIGITS}(?: ${SCALE_WORDS})?)${PERCENT}`;
/** Two bounds written alike: "$2m to $3m", "20 to 30", "2-3%", "1.5 to 2 billion" (not "$1.5 billion to 20 lessors"). */
const ALIKE = `${MONEY}(?: to |-|–)${MONEY}|${DIGITS}(?: to |-|–)${DIGITS}(?: ${SCALE_WORDS})?${PERCENT}|${DIGITS}%(?: to |-|–)${DIGITS}%`;
const RANGE = `between (?:${BOUND}|${WORD_NUMBER}) and (?:${BOUND}|${WORD_NUMBER})|(?<!from )(?:${ALIKE})`;
const QUALIFIER =
  "more than|fewer than|less than|at least|at most|up to|no more than|no fewer than|upwards of|in excess of|about|around|roughly|nearly|almost|approximately|an estimated|close to|over|under|some";
const VAGUE_WORDS =
  "tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|tens of billions|hundreds of billions|dozens|scores|hundreds|thousands|millions|billions";
const FIGURE = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F\\d$£€])(?:(${QUALIFIER}) )?(?:(${VAGUE_WORDS}) of|(${RANGE})${PERCENT}|(${NUMBER})${PERCENT})(?= |,|\\.|%|;|:|\\)|$)`,
  "gi",
);

/** Units of measure: after one, only "of" continues the phrase ("400 metres underground" ends at "metres"). */
const MEASURE =
  /^(metres|meters|kilometres|kilometers|miles|feet|inches|centimetres|millimetres|tonnes|tons|kilograms|kilos|grams|pounds|litres|liters|gallons|barrels|hectares|acres|degrees|hours|minutes|seconds|days|weeks|months|years|percent|euros|dollars|pounds|yuan|yen|roubles|rubles|rupees)$/iu;
/** Currencies written after the figure. */
const CURRENCY_WORDS =
  /^(USD|EUR|GBP|JPY|CNY|RMB|INR|IDR|KRW|VND|NGN|BRL|PLN|SAR|AED|EGP|TRY|ZAR|KES|PHP|MYR|THB|CHF|RUB|UAH|PKR|BDT|GHS|won|yen|yuan|renminbi|rupiah|rupees?|naira|reais|real|pesos?|rand|dong|baht|ringgit|zlotys?|zloty|forints?|lira|liras|dirhams?|riyals?|rials?|dinars?|shillings?|cedis?|kwacha|francs?|krona|kronor|kroner|krone|roubles?|rubles?|hryvnias?|leu|lei|levs?|tenge|taka|pounds?|euros?|dollars?|sterling)$/u;
/** A part of a whole: "Twelve of the 17 workers" is one quantity. */
/** The sign or code a sum opens with, compiled once (a pattern built per figure costs a compilation each time). */
const SIGN = new RegExp(`^${CURRENCY}`, "u");
const SIGN_ANY_CASE = new RegExp(`^${CURRENCY}`, "i");
const SIGNED_FIGURE = new RegExp(`^(?:(?:${QUALIFIER}) )?${CURRENCY}`, "i");
const PART_OF = new RegExp(`^ (?:of (?:the|its|their|his|her|our)|in) (?:${NUMBER})(?= )`, "i");
/** A share of something named: "two-thirds of its sales", "a fifth of the budget", "a third of the country's 48 counties". */
const SHARE_OF = /^ of (?:(?:the|its|their|his|her|our)(?: [\p{L}-]+['’]s)?|\p{Lu}[\p{L}-]*['’]s) (?:\d[\d,.]* )?(?=\p{L})/u;
/** Plurals compromise may read as verbs that, after a figure, name what is counted. */
const MEASURE_PLURALS =
  /^(points|shares|units|votes|seats|barrels|tonnes|tons|loans|orders|jobs|sales|exports|imports|flights)$/u;

/** Words that end a noun phrase: prepositions other than "of", verbs of the clause, conjunctions, articles. */
const STOP =
  /^(to|from|in|on|at|by|for|with|into|since|during|over|under|than|that|which|who|as|and|or|but|the|a|an|its|their|his|her|was|were|is|are|be|been|has|have|had|would|will|could|can|said|says|told|this|these|those|it|they|he|she|we|after|before|while|because|if|when|where|per|each|across|between|against|toward|towards|near|including|within|without|about|through|last|ago|more|less|so|not|also|only|some|went|came|took|made|gave|got|left|fled|fell|rose|met|held|sold|bought|sent|ran|saw|began|became|remain|remained|stood|lost|won|paid|kept|found|died|do|did|does|may|might|must|should)$/u;

function value(words: string): number | null {
  const clean = words
    .toLowerCase()
    .replace(SIGN_ANY_CASE, "")
    .replace(/[$£€,]/gu, "")
    .replace(/^(\d+(?:\.\d+)?)(bn|mn|m|k|tn|trn)$/u, "$1 $2")
    .replace(/^half a /u, "0.5 ")
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

const CURRENCY_UNITS: Record<string, string> = {
  $: "dollars",
  US$: "dollars",
  "£": "pounds",
  "€": "euros",
  "¥": "yen",
  "₹": "rupees",
};

/** "several hundred", "a few thousand": a range of the scale, as the words usually mean. */
function fewOf(written: string): { min: number; max: number } | null {
  const few = /^(several|a few) (\w+)$/iu.exec(written);
  const scale = few ? SCALE[few[2]!.toLowerCase()] : undefined;
  if (!few || !scale) return null;
  return few[1]!.toLowerCase() === "several" ? { min: 3 * scale, max: 9 * scale } : { min: 2 * scale, max: 5 * scale };
}

/** The bounds of "between 40 and 60" or "$2m-$3m", each read as a figure alone. */
function rangeOf(written: string): { min: number; max: number } | null {
  const [low, high] = written
    .replace(/^between /iu, "")
    .split(/ and | to |-|–/u)
    .map((b) => value(b.replace(SIGN, "").replace(/%| ?per ?cent| percent/u, "")));
  return low === null || low === undefined || high === null || high === undefined ? null : { min: low, max: high };
}

export function findQuantities(text: string, parts: readonly Range[], taken: readonly Range[]): DraftQuantity[] {
  const out: DraftQuantity[] = [];
  for (const part of parts) {
    const line = text.slice(part.start, part.end);
    for (const m of line.matchAll(FIGURE)) {
      const start = part.start + m.index;
      if (taken.some((t) => start < t.end && t.start < start + m[0].length)) continue; // a year or a date, not a count
      const money = SIGNED_FIGURE.test(m[0]);
      if (!money && !/%|cent$/u.test(m[0]) && inName(text, start, start + m[0].length)) continue; // part of a name, or a time of day
      if (out.some((q) => q.start <= start && start < q.end)) continue; // the whole of "Twelve of the 17 workers"
      // The noun phrase: words up to a stop word or punctuation; "of" and "and" only between nouns.
      let cursor = start + m[0].length;
      const whole = PART_OF.exec(text.slice(cursor, part.end));
      if (whole) cursor += whole[0].length;
      // "two of the hospital's wards", "40% of its staff": a count or a share of something named is one quantity.
      const counted = m[4] && !/^(?:one|a|an|1)$/iu.test(m[4]) && !whole;
      const share =
        /half|third|quarter|fifth|sixth|tenth/iu.test(m[4] ?? "") || /%|cent$/u.test(m[0]) || counted
          ? SHARE_OF.exec(text.slice(cursor, part.end))
          : null;
      // "half his trees": "half" takes a possessive without "of" ("half the price" compares; it counts nothing).
      const halfOf =
        !share && /^half$/iu.test(m[4] ?? "")
          ? /^ (?:its|his|her|their|our) (?=\p{L})/u.exec(text.slice(cursor, part.end))
          : null;
      if (share) cursor += share[0].length - 1;
      else if (halfOf) cursor += halfOf[0].length - 1;
      // Only the words after the figure are tagged: the whole part would cost more than it tells.
      const windowStart = start;
      let clause: ReturnType<typeof clauseWords> | undefined;
      let headed = false;
      const unitWords: string[] = [];
      const cursors: number[] = [];
      // A sum with its sign is whole: "$8 billion loan" counts dollars, not loans.
      const signed = SIGN.test(m[3] ?? m[4] ?? "");
      // A percentage is a measure in itself: "a 12% stake" counts no stakes; only "of" continues it.
      const percentNoun = /%|cent$/u.test(m[0]) && !share && !/^ of /u.test(text.slice(cursor, part.end));
      for (;;) {
        const next = signed || percentNoun ? null : /^ ([\p{L}][\p{L}-]*)/u.exec(text.slice(cursor, part.end));
        if (!next) break;
        const word = next[1]!;
        const lower = word.toLowerCase();
        if ((lower === "of" || lower === "and") && unitWords.length > 0) {
          const after = /^ (?:of|and)((?: (?:a|an|the))?) ([\p{L}][\p{L}-]*)/u.exec(text.slice(cursor, part.end));
          const noun = after?.[2]?.toLowerCase() ?? "";
          const verbLike =
            (/(ed|ly)$/u.test(noun) && !/^(need|speed|feed|seed|bed|shed|breed|weed|reed)$/u.test(noun)) || noun in NUMBER_WORDS; // "and two million barrels" is another count
          if (after && !STOP.test(noun) && !verbLike && (lower === "of" || after[1] === "")) {
            cursors.push(cursor);
            unitWords.push(lower);
            cursor += next[0].length + after[1]!.length;
            headed = false;
            continue;
          }
          break;
        }
        // A currency named after a figure ends the sum, even one spelt like a verb ("10.4 trillion won").
        if (unitWords.length === 0 && CURRENCY_WORDS.test(lower)) {
          cursors.push(cursor);
          unitWords.push(word);
          cursor += next[0].length;
          break;
        }
        clause ??= clauseWords(text.slice(windowStart, Math.min(part.end, cursor + 90)));
        // A verb or adverb of the clause ends the phrase; a plural that only names a measure never does ("basis points").
        // ...but a plural after a noun, closing the phrase before "and", a preposition or a stop, is a noun ("40 container ships and").
        const closesPlural =
          /s$/u.test(lower) &&
          /^(?:[,.;:]|\s(?:and|or|in|of|from|at|to|for|on|with)\b)/u.test(text.slice(cursor + next[0].length, part.end));
        // ...nor does a hyphened compound after "of" ("pairs of take-off slots") or a gerund before a plural ("landing slots").
        const modifier =
          (lower.includes("-") && unitWords.at(-1) === "of") ||
          (/ing$/u.test(lower) && clause.plurals.has(cursor + next[0].length + 1 - windowStart));
        if (
          clause.verbs.has(cursor + 1 - windowStart) &&
          unitWords.length > 0 &&
          !MEASURE_PLURALS.test(lower) &&
          !closesPlural &&
          !modifier
        )
          break;
        // A plural noun heads the phrase: what follows it, but "of" or "and", belongs to the clause ("45 barges queue").
        if (headed) break;
        // "2,140 suspected cases": a participle right after the figure, before a plural, describes what is counted.
        const nextWord = /^ ([\p{L}][\p{L}-]*)/u.exec(text.slice(cursor + next[0].length, part.end));
        const describing =
          unitWords.length === 0 &&
          /ed$/u.test(lower) &&
          nextWord !== null &&
          !STOP.test(nextWord[1]!) &&
          clause.plurals.has(cursor + next[0].length + 1 - windowStart);
        if (
          STOP.test(lower) ||
          (/(ed|ly)$/u.test(lower) && !describing && !/^(need|speed|feed|seed|bed|shed|breed|weed|reed)$/u.test(lower)) ||
          unitWords.length >= 7
        )
          break;
        cursors.push(cursor);
        unitWords.push(word);
        headed = clause.plurals.has(cursor + 1 - windowStart) || MEASURE_PLURALS.test(lower);
        cursor += next[0].length;
        if (MEASURE.test(word) && !/^ of /u.test(text.slice(cursor, part.end))) break;
      }
      // A phrase never ends on "of" or "and": what followed them was not part of it.
      while (unitWords.length > 0 && /^(of|and)$/u.test(unitWords.at(-1)!)) {
        unitWords.pop();
        cursor = cursors.pop()!;
      }
      // "a fifth of the amount sought,": a participle closing the share's noun belongs to it.
      const participle =
        share && unitWords.length === 1 ? /^ [a-z]+(?:ght|wn)(?=[,.;])/u.exec(text.slice(cursor, part.end)) : null;
      if (participle) cursor += participle[0].length;
      const isPercent = /%|cent$/u.test(m[0]);
      const figure = m[3] ?? m[4] ?? "";
      const currency = SIGN.exec(figure)?.[0].trim();
      if (unitWords.length === 0 && !isPercent && !currency) continue;
      if (/^of (them|us|those|these)$/u.test(unitWords.join(" "))) continue; // "three of them" counts no named thing
      if (/^(thousands|millions|billions|hundreds)$/iu.test(unitWords[0] ?? "")) continue; // "hundreds of millions" names no unit
      const vague = m[2]?.toLowerCase();
      const qualifierText = vague ? `${m[1] ? `${m[1]} ` : ""}${vague} of` : m[1];
      const qualifierKind = vague ? "order-of-magnitude" : QUALIFIERS.find(([re]) => re.test((m[1] ?? "").toLowerCase()))?.[1];
      const bounds = m[3] ? rangeOf(m[3]) : fewOf(m[4] ?? "");
      const number = m[4] ? value(m[4].replace(/%| ?per ?cent| percent/u, "")) : null;
      if (!vague && number === null && bounds === null) continue;
      if (bounds && bounds.min > bounds.max) continue; // "a 6-3 vote" is a tally, not a range
      if (number === 1 && !whole && /^(one|a|an)\b/iu.test(m[4] ?? "")) continue; // "one official" names one thing; it counts nothing
      const ofAt = unitWords.indexOf("of");
      const unitHead = (ofAt > 0 ? unitWords[ofAt - 1] : unitWords[unitWords.length - 1]) ?? "percent";
      out.push({
        start,
        end: cursor,
        qualifier: qualifierText && qualifierKind ? { text: qualifierText, kind: qualifierKind } : null,
        value: vague ? null : number,
        range: vague ? VAGUE[vague]! : bounds,
        rangeReason: vague
          ? `"${vague}" read as the usual span of that word (${VAGUE[vague]!.min} to ${VAGUE[vague]!.max}); check it.`
          : bounds && m[4]
            ? `"${m[4]}" read as the usual span of those words (${bounds.min} to ${bounds.max}); check it.`
            : bounds
              ? "The two bounds as written."
              : null,
        unit: isPercent
          ? "percent"
          : currency && unitWords.length === 0
            ? (CURRENCY_UNITS[currency] ?? currency)
            : unitHead.toLowerCase(),
      });
    }
  }
  return out;
}
