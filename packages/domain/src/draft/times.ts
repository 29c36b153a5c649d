// Time expressions as written: days, dates, months, years, decades, spans relative to the article's
// date, periods anchored on an event ("since the war began"), and the adverbs that place a statement in time.
import type { DraftTime, Range } from "./types";
import { normaliseTime } from "./calendar";

const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH =
  "(?:January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const ANY_MONTH = `(?:${MONTH.slice(3, -1)}|May)`;
const PART = "(?:early|mid|late)[- ]";
const UNIT = "(?:day|week|month|quarter|year|decade|weekend|days|weeks|months|quarters|years|decades|hours|minutes)";
/** A run of periods without a break: "12 consecutive quarters", "three straight years". */
const RUN = "(?:consecutive|straight|successive) ";
const ORDINAL = "(?:first|second|third|fourth|final|last|latest|previous|current|next)";
const YEAR_REF = "(?:the year|(?:19|20)\\d{2}|last year|this year|next year)";
const COUNT = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a few)";
const SEASON = "(?:spring|summer|autumn|fall|winter)";
const EVENT =
  "(?:pandemic|war|invasion|election|elections|summit|crisis|ceasefire|coup|uprising|talks|conflict|strike|strikes|storm|flood|floods|earthquake|vote|referendum|season|harvest|holidays?|campaign|meeting|trial|hearing|protests|outbreak|crash|collapse|fire|drought|lockdown|recession|attack|accident|disaster|fighting|negotiations|merger|blockade)";

const PATTERNS = [
  `(?:between|from) (?:${PART})?(?:${ANY_MONTH} )?\\d{4} (?:and|to|until) (?:${PART})?(?:${ANY_MONTH} )?\\d{4}`,
  `(?:(?:earlier|later|early|late) (?:on )?|(?:on|last|next|this|by|until|since|from) )?${DAY}(?:,? (?:${ANY_MONTH} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${ANY_MONTH}(?: \\d{4})?))?(?: (?:morning|afternoon|evening|night))?`,
  `(?:(?:on|by|until|since|from) )?(?:${ANY_MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2} ${ANY_MONTH}(?: \\d{4})?)`,
  `(?:(?:in|since|by|until|from|during|before|after) )?(?:${PART})?${MONTH}(?: \\d{4})?`,
  `(?:(?:in|since|by|until) |(?:early|mid|late)[- ]|(?:last|next|this) )May(?: \\d{4})?`,
  `(?:(?:in|since|by|until|from|during|before|after|into|through|throughout) )?(?:${PART})?(?:19|20)\\d{2}(?!s|\\d)`,
  `(?:(?:in|during|since|by) )?the (?:early |mid-|late )?(?:19|20)?\\d0s`,
  `(?:(?:since|until|by) )?(?:(?:earlier|later|early|late|mid-?) )?(?:this|last|next) (?:${UNIT}|${SEASON})`,
  `(?:(?:in|during|over|for|since|by) )?the ${ORDINAL} (?:quarter|half)(?: of ${YEAR_REF})?`,
  `(?:(?:in|during|over|for) )?the (?:first|last|past) (?:${COUNT}) months of ${YEAR_REF}`,
  `(?:earlier|later) in the (?:day|week|month|year)`,
  `(?:for|in) (?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)) ${RUN}(?:day|week|month|quarter|year|season)`,
  `(?:by|at|before|until) (?:the )?(?:year|month|quarter)-end`,
  `(?:over|at|on|during) the weekend`,
  `(?:(?:in|for|since|by|during) (?:the )?)?(?:19|20)\\d{2}[/–-]\\d{2}(?!\\d)(?: (?:season|fiscal year|financial year|crop year|campaign))?`,
  `(?:this|yesterday|tomorrow|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)`,
  `(?:for|over|in) (?:the past |the last |more than |nearly |almost |about )?${COUNT} ${RUN}${UNIT}`,
  `(?:in|during|for|since|by) Q[1-4](?: (?:19|20)\\d{2})?`,
  `(?:(?:over|in|during|for|within) )?the (?:past|last|next|coming|previous|following) (?:${COUNT} )?${UNIT}`,
  `${COUNT} ${UNIT} (?:ago|earlier|later)`,
  `(?:hours|days|weeks|months|years|decades) (?:ago|earlier|later)`,
  // "the fall" alone is as often a drop as a season: it needs its preposition.
  `(?:(?:over|during|in|since|by) )?the (?:spring|summer|autumn|winter)|(?:over|during|in|since|by|until) the fall`,
  // A period closing on a date: "in the 12 months to July", "in the week to Sunday", "the year ending March 2024".
  `(?:(?:in|over|during|for) )?the (?:${COUNT} )?${UNIT} (?:to|through|ending|ended) (?:${DAY}|${ANY_MONTH}(?: \\d{1,2})?(?:,? \\d{4})?|\\d{1,2} ${ANY_MONTH}(?: \\d{4})?)`,
  `so far (?:this|in) (?:${UNIT}|${SEASON})|so far in (?:19|20)\\d{2}`,
  // An event that opens or closes the period, told as a clause: "since the fund was revived", "until the rains come".
  `since the [a-z]+ (?:was|were|had been) [a-z]+(?:ed|en)|until the [a-z]+ (?:come|comes|arrive|arrives|return|returns|end|ends|begin|begins|start|starts|resume|resumes|ease|eases)`,
  `(?:(?:during|since|before|after|until) )the (?:(?:next|last|previous|coming|first|second|[a-z]+ing) )?${EVENT}(?: (?:began|started|broke out|ended))?`,
  `in recent (?:days|weeks|months|years)`,
  `in as many (?:days|weeks|months|years|decades)`,
  `(?:for|within|over|in) (?:another |the next |the past |more than |nearly |almost |about |at least |up to |less than )?${COUNT} ${UNIT}`,
  `(?:for|within|in) (?:at least |up to |nearly |almost |about )?another (?:${COUNT} )?${UNIT}`,
  `(?:within|for|in) (?:minutes|hours|days|weeks|months|years|decades)`,
  `${COUNT} (?:years|months|weeks|days|decades)(?= of )`,
  `(?<=(?:has|have|had) )since(?= [a-z])`,
  `(?:for|over) (?:decades|years|months|weeks|days|centuries)`,
  `(?:until|by|since|from|at|before|after)(?: at least| at the latest)? the (?:start|end|beginning|middle) of (?:(?:the|this|next|last) (?:week|month|quarter|year|decade)|${ANY_MONTH}|\\d{4})`,
  `(?:yesterday|today|tonight|tomorrow)`,
  `(?:now|previously|recently|recent|currently|formerly|soon|overnight|so far|to date)`,
];

// ASCII patterns: without the "u" flag each compiles several times faster, which the first draft pays for.
const COMPILED = PATTERNS.map((p) => new RegExp(`\\b(?:${p})\\b(?!-)`, "gi"));
/** A time of day, its stops included: "at 3 p.m.", "by 10:30 am", "18:00 GMT". */
const CLOCK =
  /\b(?:(?:at|by|until|from|before|after|around|about|since) )?(?:\d{1,2}(?::\d{2})? ?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}\b)(?: (?:GMT|UTC|local time)\b)?/gi;

/** Every time expression, longest first where two overlap, in reading order. */
export function findTimes(text: string, parts: readonly Range[], published: string | undefined): DraftTime[] {
  const found: Range[] = [];
  for (const part of parts) {
    const line = text.slice(part.start, part.end);
    for (const one of [...COMPILED, CLOCK]) {
      for (const m of line.matchAll(one)) found.push({ start: part.start + m.index, end: part.start + m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Range[] = [];
  for (const range of found) {
    const overlaps = kept.some((k) => range.start < k.end && k.start < range.end);
    if (!overlaps) kept.push(range);
    else {
      const i = kept.findIndex((k) => range.start < k.end && k.start < range.end);
      if (
        range.end - range.start > kept[i]!.end - kept[i]!.start &&
        kept.filter((k) => range.start < k.end && k.start < range.end).length === 1
      )
        kept[i] = range;
    }
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((range) => ({ ...range, ...normaliseTime(text.slice(range.start, range.end), published) }));
}
