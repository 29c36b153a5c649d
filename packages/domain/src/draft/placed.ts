// A one-word name no list knows, read as a company or a broadcaster from the words around it:
// positions a person's surname, a place or a common word seldom takes ("shares in X", "X, the country's largest lender,").
import { BODY_WORDS, NOT_NAMES, OPENING_NOUNS, ORG_WORDS, PLACE_WORDS } from "./lexicon";
import type { NameRun } from "./names";

/** What a company's name is followed by: its shares, its officers, its results. */
const OWNED =
  /^(?:['’]s? (?:shares?|stock|chief|boss|board|chair(?:man|woman)?|president|profits?|revenues?|sales|earnings|executives?|spokes(?:man|woman|person)|subsidiary|parent|owners?|founder|unit|plants?|factory|factories|mines?|refinery|output|customers|clients|employees|staff|workers|headquarters|bid|offer|takeover|share price|market value)\b| (?:shares|stock|chief executive|CEO|chairman|chairwoman|president|director|spokesman|spokeswoman|spokesperson) )/i;
/** What a company's name follows: a holding in it, people working there. */
const HOLDING =
  /\b(?:shares|stock|stake|stakes|investors|investment|analysts?|economists?|strategists?|executives?|employees?|staff|workers|members|miners|engineers?|customers|bondholders|traders|dealers|brokers|bankers|managers|sources) (?:in|at|of) $/i;
/** An apposition saying what the name is: ", the country's largest lender,", ", South Korea's biggest battery maker,". */
const DESCRIBED =
  /^, (?:the|a|an|(?:\p{Lu}[\p{L}-]+ )?\p{Lu}[\p{L}-]+['’]s) (?:[\p{L}'’-]+ ){0,4}?(company|firm|group|bank|lender|insurer|carrier|airline|operator|miner|maker|manufacturer|producer|conglomerate|giant|start-?up|retailer|exporter|importer|developer|utility|refiner|shipper|platform|broadcaster|newspaper|daily|channel|agency|charity)\b/u;
/** Verbs a company's announcement, or its share price, takes right after its name. */
const ANNOUNCES =
  / (?:said|says|announced|announces|reported|reports|posted|posts|confirmed|denied|plans|planned|agreed|declined|warned|expects|expected|rose|fell|dropped|gained|jumped|slumped|climbed|slid|tumbled|surged|shed)\b/uy;
/** A noun saying what the name is, written right before it: "regulator BaFin", "carrier Garuda". */
const KIND_BEFORE =
  /\b(?:regulator|watchdog|lender|bank|insurer|carrier|airline|operator|miner|maker|carmaker|automaker|chipmaker|drugmaker|producer|retailer|exporter|conglomerate|giant|firm|company|group|utility|refiner|broadcaster|newspaper|daily|channel|agency|charity|start-?up|platform|developer) $/i;

/** Whether the text writes this word in lower case, as a whole word. */
function writtenLower(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? "") && !/\p{L}/u.test(text[at + lower.length] ?? "")) return true;
  }
  return false;
}

/** Strong cues hold even for a word compromise knows as a first name; "said" after a lone word does not. */
export function organisationByPlace(
  text: string,
  run: NameRun,
  isPlace: boolean,
  isFirstName: boolean,
  isPlural: boolean,
): "organisation" | "media" | null {
  const word = run.text;
  if (
    word.includes(" ") ||
    isPlace ||
    NOT_NAMES.has(word) ||
    OPENING_NOUNS.has(word) ||
    BODY_WORDS.test(word) ||
    ORG_WORDS.test(word) ||
    PLACE_WORDS.test(word)
  )
    return null;
  // A word the text also writes in lower case is a common word capitalised to open a sentence.
  if (writtenLower(text, word.toLowerCase())) return null;
  const after = text.slice(run.end, run.end + 80);
  const before = text.slice(Math.max(0, run.start - 40), run.start);
  // "JAKARTA, May 5 (Wire) -": the agency that filed the story.
  if (/(?:\d|\p{Lu}{2,}) \($/u.test(before) && /^\) [-–—]/u.test(after)) return "media";
  if (/\b(?:told|interview with|speaking to) $/u.test(before)) return "media"; // "told TVN24": the outlet spoken to
  const described = DESCRIBED.exec(after)?.[1];
  if (described) return /broadcaster|newspaper|daily|channel|agency/u.test(described) ? "media" : "organisation";
  // A capital inside one word is a brand's spelling ("AirAsia", "BaFin"), not a person's or a place's ("McKay", "DeLuca").
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Del|Des|Du)\p{Lu}/u.test(word))
    return "organisation";
  // "the Yonhap news agency": what kind of name it is, written right after it in lower case.
  const kindAfter =
    /^ (?:[a-z]+ )?(news agency|newspaper|daily|broadcaster|television|radio station|group|company|firm|bank|regulator|watchdog|utility|miner|carmaker|airline|carrier|charity)\b/u.exec(
      after,
    )?.[1];
  if (kindAfter && /\b(?:the|a|an) $/iu.test(before))
    return /^(?:news agency|newspaper|daily|broadcaster|television|radio station)$/u.test(kindAfter) ? "media" : "organisation";
  const kind = KIND_BEFORE.exec(before)?.[0];
  if (kind) return /broadcaster|newspaper|daily|channel|agency/u.test(kind) ? "media" : "organisation";
  // "Maersk, which owns": a relative "which" is said of a thing, "who" of a person.
  if (OWNED.test(after) || HOLDING.test(before) || /^, which\b/u.test(after)) return "organisation";
  // "the village of Varnavas said": a place named by what kind of place it is.
  if (
    /\b(?:village|town|city|region|province|district|state|island|port|county|municipality|area|suburb|capital|residents|people) of $/iu.test(
      before,
    )
  )
    return null;
  if (isFirstName || isPlural) return null; // "Exporters said": a plural noun opening a sentence
  ANNOUNCES.lastIndex = run.end;
  const verb = ANNOUNCES.exec(text)?.[0];
  if (!verb) return null;
  // "Pertamina said": a person is named in full before being named alone, so a lone unknown word that speaks is a body;
  // but a price's move opening a sentence is as often a common noun's ("Rain fell", "Output rose").
  const opensSentence = /(?:^|\n|[.!?]["”’]?\s+|^- |\n- )$/u.test(text.slice(Math.max(0, run.start - 4), run.start));
  const moves =
    !/said|says|announced|announces|reported|reports|confirmed|denied|plans|planned|agreed|declined|warned|expects|expected/u.test(
      verb,
    );
  return moves && opensSentence ? null : "organisation";
}
