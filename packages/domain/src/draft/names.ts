// Runs of capitalised words in the text, trimmed of sentence openers, possessives and titles: the
// candidates for named mentions.
import { DEMONYMS } from "./demonyms";
import {
  BODY_WORDS,
  FUNCTION_NAMES,
  KNOWN_NAMES,
  NOT_NAMES,
  OFFICE_NOUNS,
  OPENING_NOUNS,
  ORG_WORDS,
  TITLE_NOUNS,
} from "./lexicon";
import type { Part, Range } from "./types";

/** A capitalised word, or an Arabic surname with its article ("al-Sharaa"). */
const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}+&\p{Lu}+|(?:(?:al|el|ad|as|ash|at|az|ar|an|ul)-)?\p{Lu}[\p{L}\p{M}\d’'-]*[\p{L}\p{M}\d](?:(?<=s)['’](?= \p{Lu}))?|\p{Lu})`;
/** Lower-case particles inside a person's name: "João da Silva", "Mohammed bin Salman", "Ursula von der Leyen". */
const PARTICLE = "(?:da|de|do|dos|das|di|del|della|van|von|der|den|ter|ten|bin|binti|bint|ibn|al|el|du|le|la|y)";
const RUN = new RegExp(
  String.raw`${WORD}(?: (?:(?:of|for) the |(?:of|for|the|and|on|in) |(?:${PARTICLE} ){1,2})?${WORD})*`,
  "gu",
);
/** A dateline opening a line: "JAKARTA, March 3 (Wire) -" or "ABUJA -" names where the story was filed, not an actor;
 * an acronym opening a sentence ("WALHI, Indonesia's largest group,") is not one: a date, an agency or a dash follows a dateline. */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M}'’./-]+(?: \p{Lu}[\p{Lu}\p{M}'’./-]+)*)(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?(?=, \p{Lu}))?(?=,\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*\.?\s)|, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?(?:,| \(| [-–—])| [-–—]| \()/u;

export interface NameRun extends Range {
  text: string;
  /** A title the run itself carried before the name ("Treasury Secretary" in "Treasury Secretary Janet Yellen"). */
  title: Range | null;
}

const words = (text: string, start: number): { text: string; start: number; end: number }[] =>
  [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length }));

/** Words that close a company's name. */
const COMPANY_SUFFIX =
  /^(?:Corp|Corporation|Inc|Ltd|Co|Group|Holdings|Plc|PLC|SA|AG|NV|GmbH|Bhd|Tbk|LLC|Limited|Electronics|Motors?|Airlines|Airways)$/u;

/** Splits a run where its connectors ("of", "and") join two names rather than name one body. */
/** A title with its portfolio before a name: "Minister of State for Health Ada Obi", "Secretary of State Jo Lee". */
const PORTFOLIO_TITLE =
  /^(?:\p{Lu}\p{L}+ )?(?:Minister|Secretary|Commissioner)(?: of State)? (?:for|of) \p{Lu}\p{L}+(?: (?:Affairs|Development|Security|Services|Resources|Trade|Industry))? (\p{Lu}\p{L}+(?:[- ]\p{Lu}\p{L}+){1,3})$/u;

function splitConnectors(run: string): string[] {
  const titled = PORTFOLIO_TITLE.exec(run)?.[1];
  if (titled) return [titled];
  // "of the" stays inside a body's name ("Court of Justice of the Andean Community") only after the body's own noun,
  // never after a bare title ("Governor of the Central Bank").
  const ofThe = / (?:of|for) the /u.exec(run);
  if (ofThe) {
    const left = run.slice(0, ofThe.index);
    if (!(BODY_WORDS.test(left) || ORG_WORDS.test(left)) || OFFICE_NOUNS.test(left))
      return [left, run.slice(ofThe.index + ofThe[0].length)].flatMap(splitConnectors);
  }
  // A possessive ends one name and starts another: "Kenya's Ministry of Health".
  // A plural common noun's possessive is part of a body's name: "People's Bank of China", "Workers' Party".
  const owners = run.split(
    /(?<=(?<!\b(?:People|Workers|Women|Children|Farmers|Teachers|Veterans|Consumers|Citizens|Patients|Students|Miners|Nurses|Doctors)['’]?)[’']s) /u,
  );
  if (owners.length > 1) return owners.flatMap(splitConnectors);
  // "Toyota Motor Corp and Honda": "and" after a complete company name starts another name.
  const pair = / and (?=\p{Lu})/u.exec(run);
  // ...and so does "and" after a name complete in itself ("Lion Air and X") or spelt as a brand ("NovaPay and Sky Air").
  const left = pair ? run.slice(0, pair.index) : "";
  const whole =
    / (?:of|for) /u.test(left) || BODY_WORDS.test(left) || KNOWN_NAMES.has(run)
      ? false
      : ORG_WORDS.test(left.split(" ").at(-1)!) || left.includes(" ");
  const brand = /^(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{2,6})$/u.test(left);
  if (pair && (COMPANY_SUFFIX.test(left.split(" ").at(-1)!) || whole || brand)) {
    return [run.slice(0, pair.index), run.slice(pair.index + 5)].flatMap(splitConnectors);
  }
  // A portfolio in a title ("Finance Minister") does not make the run one body's name.
  const bare = run.replace(/\p{Lu}\p{L}+ (?:Minister|Secretary|Commissioner)\b/gu, "");
  if (KNOWN_NAMES.has(run) || BODY_WORDS.test(bare) || ORG_WORDS.test(bare)) return [run];
  return run.split(/ (?:of|for|the|and|on|in) /u);
}

export function nameRuns(text: string, parts: readonly Part[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const part of parts) {
    const line = text.slice(part.start, part.end);
    const dateline = DATELINE.exec(line)?.[0].length ?? 0;
    for (const match of line.matchAll(RUN)) {
      if (match.index < dateline) continue;
      let offset = part.start + match.index;
      for (const piece of splitConnectors(match[0])) {
        const at = text.indexOf(piece, offset);
        offset = at + piece.length;
        const run = trimRun(text, words(piece, at));
        if (run?.title) {
          // A name inside a title is a mention of that body: "Nordbank" in "Nordbank Chairman Ole Berg".
          const held = words(text.slice(run.title.start, run.title.end), run.title.start);
          const cut = held.findIndex((w) => TITLE_NOUNS.test(w.text));
          // Before "Secretary" or "Minister" stands a portfolio ("Transport Secretary"), not a body.
          const portfolio = held.some((w) => /^(secretary|minister|commissioner)$/iu.test(w.text));
          const owner = cut > 0 && !portfolio ? held.slice(0, cut) : [];
          // "Vice President", "Deputy Governor": words that only grade the post own nothing.
          const grading = (w: string) =>
            /^(?:Vice|Deputy|Acting|Former|Interim|First|Chief|Senior|Prime|Assistant|Associate|Executive|General|Lieutenant|Under|Co)$/u.test(
              w,
            );
          if (
            owner.length > 0 &&
            !owner.every((w) => grading(w.text)) &&
            !owner.some((w) => NOT_NAMES.has(w.text) || DEMONYMS.test(w.text))
          ) {
            const start = owner[0]!.start;
            const end = owner[owner.length - 1]!.end;
            runs.push({ start, end, text: text.slice(start, end), title: null });
          }
        }
        if (run) runs.push(run);
      }
    }
  }
  return runs;
}

function trimRun(text: string, ws: { text: string; start: number; end: number }[]): NameRun | null {
  // A possessive belongs to the sentence, not the name.
  const last = ws[ws.length - 1];
  if (last && /[’']s?$/u.test(last.text)) {
    const bare = last.text.replace(/[’']s?$/u, "");
    if (bare === "") ws.pop();
    else ws[ws.length - 1] = { ...last, text: bare, end: last.start + bare.length };
  }
  // Sentence openers, days and months are not names; demonyms describe, they do not name.
  // ...and a compound adjective opening a sentence describes the name after it ("State-owned Petrona", "Kenyan-born Ada Obi").
  const describing = (w: string) =>
    /^\p{Lu}\p{Ll}+-(?:owned|based|backed|run|listed|controlled|linked|led|born|made|funded)$/u.test(w);
  // "The Hague": a name that owns its article keeps it.
  const ownsArticle = ws.length >= 2 && ws[0]!.text === "The" && KNOWN_NAMES.has(`The ${ws[1]!.text}`);
  while (
    !ownsArticle &&
    ws.length > 0 &&
    (NOT_NAMES.has(ws[0]!.text) ||
      OPENING_NOUNS.has(ws[0]!.text) ||
      describing(ws[0]!.text) ||
      /^(of|for|the|and|on|in)$/u.test(ws[0]!.text))
  )
    ws.shift();
  // A demonym that begins a body's name belongs to it ("Norwegian Fisheries Directorate").
  const named = (from: number) =>
    BODY_WORDS.test(
      ws
        .slice(from)
        .map((w) => w.text)
        .join(" "),
    ) ||
    ORG_WORDS.test(
      ws
        .slice(from)
        .map((w) => w.text)
        .join(" "),
    );
  if (ws.length >= 2 && DEMONYMS.test(`${ws[0]!.text} ${ws[1]!.text}`) && !named(2)) ws.splice(0, 2);
  while (ws.length > 0 && DEMONYMS.test(ws[0]!.text) && !named(1)) ws.shift();
  while (ws.length > 0 && (NOT_NAMES.has(ws[ws.length - 1]!.text) || /^(of|for|the|and|on|in)$/u.test(ws[ws.length - 1]!.text)))
    ws.pop();
  // "Treasury Secretary Janet Yellen": the words up to the office are the title, the rest the name.
  let title: Range | null = null;
  const office = ws.findLastIndex((w) => OFFICE_NOUNS.test(w.text));
  const rest = ws
    .slice(office + 1)
    .map((w) => w.text)
    .join(" ");
  // "Directorate General of Health Services": an office noun before "of" is inside a body's name, not a title.
  if (
    office >= 0 &&
    office < ws.length - 1 &&
    !BODY_WORDS.test(rest) &&
    !ORG_WORDS.test(rest) &&
    !/^(?:of|for|and) /u.test(rest)
  ) {
    title = { start: ws[0]!.start, end: ws[office]!.end };
    ws = ws.slice(office + 1);
  }
  if (ws.length === 0) return null;
  let start = ws[0]!.start;
  const end = ws[ws.length - 1]!.end;
  const bare = text.slice(start, end);
  if (FUNCTION_NAMES.test(bare) && /the $/iu.test(text.slice(start - 4, start))) start -= 4;
  return { start, end, text: text.slice(start, end), title };
}
