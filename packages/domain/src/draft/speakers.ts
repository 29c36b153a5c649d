// Who speaks each quotation: the attribution next to it ("X said", "said X", "according to X"),
// a pronoun or "the spokesman" resolved to the last fitting person, or the previous speaker.
import { fitsPronoun } from "./gender";
import { SPEECH_VERB } from "./verbs";
import type { Attribution, DraftEntity, Range, Sentence } from "./types";
import type { FoundQuote } from "./quotations";

interface Located {
  entity: DraftEntity;
  start: number;
  end: number;
}

export interface Spoken {
  attribution: Attribution;
  medium: string | null;
  /** A pronoun or title standing for the speaker, to add as a mention. */
  standIn: (Range & { form: "pronoun" | "title" }) | null;
  /** Someone the text does not name ("a Ukrainian official"), to become an unnamed entity. */
  unnamed: (Range & { verb: Range }) | null;
}

/** People the text does not name, speaking as a group ("passenger groups", "critics"). */
const UNNAMED_GROUP =
  /^(?:(?:some|many|several|the) )?((?:[\p{L}-]+ )?(?:groups|officials|analysts|residents|critics|lawmakers|activists|diplomats|witnesses|experts|campaigners|economists|investigators|prosecutors|doctors|workers|unions))$/iu;
const UNNAMED =
  /\b(?:[Aa]n?|[Oo]ne) (?:(?:\p{Ll}[\p{Ll}-]+|\p{Lu}\p{L}+) ){0,2}(?:official|diplomat|source|resident|witness|spokesman|spokeswoman|officer|lawmaker|analyst|worker|employee|executive|woman|man)\b/u;

const PRONOUN = /^(he|she)$/iu;
/** Pronouns a body speaks through: "it said", "they said". */
const BODY_PRONOUN = /^(it|they)$/iu;
const DESCRIPTION =
  /^the ((?:[\p{L}-]+ ){0,2}(spokesman|spokeswoman|spokesperson|minister|official|president|secretary|analyst|ambassador|envoy|leader|chief|director|governor|chairman|chairwoman|statement|ministry|department|agency|company|government|firm|bank|lender|group|union|regulator|court|council|commission|insurer|carrier|airline|miner|operator|police|army|embassy|utility|maker|producer|manufacturer|retailer|charity|organisation|organization|watchdog|authority|party|institute|foundation|association|federation|coalition|alliance))$/iu;
/** Nouns naming a body rather than a person. */
const BODY_NOUN =
  /^(statement|ministry|department|agency|company|government|firm|bank|lender|group|union|regulator|court|council|commission|insurer|carrier|airline|miner|operator|police|army|embassy|utility|maker|producer|manufacturer|retailer|charity|organisation|organization|watchdog|authority|party|institute|foundation|association|federation|coalition|alliance)$/u;
/** Nouns that say which kind of entity a description stands for, when no name in the text carries the noun. */
const KIND_OF_NOUN: Record<string, DraftEntity["kind"]> = {
  company: "organisation",
  firm: "organisation",
  bank: "organisation",
  lender: "organisation",
  group: "organisation",
  union: "organisation",
  insurer: "organisation",
  carrier: "organisation",
  airline: "organisation",
  miner: "organisation",
  operator: "organisation",
  ministry: "government-body",
  department: "government-body",
  agency: "government-body",
  regulator: "government-body",
  court: "government-body",
  council: "government-body",
  commission: "government-body",
  police: "government-body",
  army: "government-body",
  government: "country",
  embassy: "country",
  utility: "organisation",
  maker: "organisation",
  producer: "organisation",
  manufacturer: "organisation",
  retailer: "organisation",
  charity: "organisation",
  organisation: "organisation",
  organization: "organisation",
  party: "organisation",
  institute: "organisation",
  foundation: "organisation",
  association: "organisation",
  federation: "organisation",
  coalition: "organisation",
  alliance: "organisation",
  watchdog: "government-body",
  authority: "government-body",
};

export function attributeQuotes(
  text: string,
  quotes: readonly FoundQuote[],
  sentences: readonly Sentence[],
  entities: readonly DraftEntity[],
): Spoken[] {
  const inQuote = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  const mentions: Located[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .filter((m) => !inQuote(m.start))
    .sort((a, b) => a.start - b.start);
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at, part: -1 };
  const lastPersonBefore = (at: number, noun?: string, pronoun?: string) => {
    const all = mentions.filter((m) => m.end <= at && m.entity.kind === "person");
    // "she" skips a man named since, "he" a woman, when the text or the first name tells.
    const fit = pronoun ? all.filter((m) => fitsPronoun(text, m.entity, pronoun)) : all;
    const before = fit.length > 0 ? fit : all;
    const fitting = noun
      ? before.filter((m) =>
          m.entity.mentions.some((x) => x.role && text.slice(x.role.start, x.role.end).toLowerCase().includes(noun)),
        )
      : [];
    return (fitting.length > 0 ? fitting : before).at(-1)?.entity;
  };
  const lastSpeakerBody = (at: number, done: readonly Spoken[]) =>
    done
      .map((s) => entities.find((e) => e.id === s.attribution.speaker))
      .filter((e) => e && e.kind !== "person" && e.mentions.some((m) => m.start < at))
      .at(-1) ??
    mentions
      .filter(
        (m) =>
          m.end <= at &&
          (m.entity.kind === "government-body" ||
            m.entity.kind === "organisation" ||
            m.entity.kind === "international-organisation"),
      )
      .at(-1)?.entity;

  /** Who reports speech in the nearest of the three sentences before `at` whose words (outside quotations) pass `fits`:
   * "MSF said in a statement that…", then “…,” the statement said. */
  const reporterOfSentence = (
    at: number,
    done: readonly Spoken[],
    fits: (sentence: string) => boolean,
    wanted: (e: DraftEntity) => boolean,
    nearest = false,
    back = 4,
  ): DraftEntity | undefined => {
    const earlier = sentences
      .filter((s) => s.end <= at || (s.start < at && !inQuote(s.start)))
      .filter((s) => /\p{L}/u.test(text.slice(s.start, Math.min(s.end, at))))
      .slice(-back);
    for (const s of earlier.reverse()) {
      const words = [...text.slice(s.start, Math.min(s.end, at)).matchAll(/[\p{L}]+/gu)].filter(
        (w) => !inQuote(s.start + w.index),
      );
      if (!fits(words.map((w) => w[0]).join(" "))) continue;
      const verb = words.find((w) => SPEECH_VERB.test(w[0]) && w[0] !== w[0].toUpperCase());
      if (!verb) continue;
      const end = s.start + verb.index;
      const clause = text.slice(s.start, end);
      // The subject is the phrase next to the verb: "The cuts will last until June, the utility said".
      const cut = Math.max(clause.lastIndexOf(", "), clause.lastIndexOf("” "), clause.lastIndexOf('" '));
      const start = cut >= 0 && end - (s.start + cut) < 60 ? s.start + cut + 2 : s.start;
      const r = resolve({ start, end }, end, done, true);
      if (r.entity && wanted(r.entity)) return r.entity;
      if (nearest) return undefined; // "they said" after "Nurses said": the nearest reporter, named or not
    }
    return undefined;
  };

  /** The entity a subject phrase names, with a stand-in mention when it is a pronoun or description. */
  const resolve = (
    phrase: Range,
    at: number,
    done: readonly Spoken[],
    nested = false,
  ): { entity?: DraftEntity; standIn: Spoken["standIn"]; how: string | null } => {
    // "A senior EU diplomat said": a name describing someone unnamed is not the speaker.
    const described = UNNAMED.exec(text.slice(phrase.start, phrase.end));
    const inDescription = (m: Located) =>
      described !== null &&
      m.entity.kind !== "person" &&
      m.start >= phrase.start + described.index &&
      m.end <= phrase.start + described.index + described[0].length;
    const named = mentions.filter((m) => m.start >= phrase.start && m.end <= phrase.end && !inDescription(m));
    // The subject, not someone a preposition brings in: "Asked about Kim, Lee said" is Lee speaking.
    const governed = (m: Located) =>
      /\b(?:about|with|to|by|for|of|from|on|against|after|before|like|at|in)(?: the)?\s$/iu.test(
        text.slice(Math.max(0, m.start - 12), m.start),
      );
    const people = named.filter((m) => m.entity.kind === "person");
    // An earlier sentence's subject must stand free: "Cleaners at the Kampala depot said" names no speaker.
    // ...nor a name owning the post of the one who speaks: "Velta chief executive Anne Moreau said".
    const owner = (m: Located) =>
      /^\s(?:chief|executive|spokes(?:man|woman|person)|minister|president|director|chairman|chairwoman|head|leader|secretary|official|analyst|economist|founder|boss|CEO)\b/u.test(
        text.slice(m.end, m.end + 16),
      );
    const free = (m: Located) => !governed(m) && !owner(m);
    const person = nested
      ? (people.find(free) ?? named.find((m) => !governed(m)))
      : (people.find(free) ?? people[0] ?? named.find((m) => !governed(m)) ?? named[0]);
    if (person) return { entity: person.entity, standIn: null, how: null };
    // "In a statement, the ministry said": the subject is the phrase after an opening adverbial.
    // ...and without an adverb between subject and verb: "She later told reporters".
    const whole = text
      .slice(phrase.start, phrase.end)
      .trim()
      .replace(/,$/u, "")
      .replace(/ (?:later|also|then|further|again|separately|previously|earlier|once|still|recently)$/u, "");
    // ...or after an opening adverb: "Later the spokeswoman said".
    const words =
      /^(?:In|On|At|Asked|Speaking|Later|Separately|Meanwhile|However)\b[^,]*, (.+)$/u.exec(whole)?.[1] ??
      /^(?:Later|Separately|Meanwhile|However|Earlier|Still|Yet|But|And|Now) (the [\p{L}-]+(?: [\p{L}-]+){0,2}|he|she|it|they)$/u.exec(
        whole,
      )?.[1] ??
      whole;
    const offset = phrase.start + text.slice(phrase.start, phrase.end).indexOf(words);
    if (PRONOUN.test(words)) {
      // "Smith said he had met Jones. “…,” he said": the person reported speaking in the sentence just before, if one fits.
      const reporter = nested
        ? undefined
        : reporterOfSentence(
            at,
            done,
            () => true,
            (e) => e.kind === "person" && fitsPronoun(text, e, words),
            true,
            1,
          );
      return {
        entity: reporter ?? lastPersonBefore(at, undefined, words),
        standIn: { start: offset, end: offset + words.length, form: "pronoun" },
        how: `"${words}" read as the last person named before it`,
      };
    }
    if (BODY_PRONOUN.test(words)) {
      // "it said": the body that reported speech just before, else the last body that spoke or was named.
      // "they" may be people the text does not name ("Nurses said… they said"): only the nearest reporter counts.
      const they = /^they$/iu.test(words);
      const body = nested
        ? undefined
        : reporterOfSentence(
            at,
            done,
            () => true,
            (e) => e.kind !== "person",
            true,
          );
      return {
        entity: body ?? (they ? undefined : lastSpeakerBody(at, done)),
        standIn: null,
        how: `"${words}" read as the body that last spoke or was named`,
      };
    }
    const description = DESCRIPTION.exec(words);
    if (description) {
      const noun = description[2]!.toLowerCase();
      if (BODY_NOUN.test(noun)) {
        // "the bank said": the last body whose name carries the noun, else the last of the kind the noun names.
        const before = mentions.filter((m) => m.end <= at && m.entity.kind !== "person");
        const named = before.filter((m) => new RegExp(`\\b${noun}\\b`, "iu").test(m.entity.name)).at(-1)?.entity;
        const kind = KIND_OF_NOUN[noun];
        // An international lender or agency is an organisation too: "the World Bank… the lender said".
        const fits = (k: DraftEntity["kind"]) => k === kind || (kind === "organisation" && k === "international-organisation");
        const ofKind = kind ? before.filter((m) => fits(m.entity.kind)).at(-1)?.entity : undefined;
        // "the statement said": whoever was last reported speaking "in a statement".
        const author =
          noun === "statement" && !nested
            ? reporterOfSentence(
                at,
                done,
                (words) => /\bstatement\b/u.test(words),
                () => true,
              )
            : undefined;
        return {
          entity: named ?? author ?? (noun === "statement" ? lastSpeakerBody(at, done) : (ofKind ?? lastSpeakerBody(at, done))),
          standIn: null,
          how: `"${words}" read as the body that last spoke or was named`,
        };
      }
      return {
        entity: lastPersonBefore(at, noun),
        standIn: { start: offset, end: offset + words.length, form: "title" },
        how: `"${words}" read as the last person named with that title, or else the last person named`,
      };
    }
    return { standIn: null, how: null };
  };

  /** The speaker of the sentence right before a quotation, if it reports speech and no quotation came between. */
  const reporterBefore = (quote: FoundQuote, prevQuote: FoundQuote | undefined, i: number): Attribution | null => {
    const before = sentences
      .filter((s) => s.end <= quote.start && s.part >= quote.part - 1 && !(s.start <= quote.start && quote.start < s.end))
      .at(-1);
    if (
      !before ||
      (prevQuote && prevQuote.end > before.start) ||
      quotes.some((q) => q.start >= before.start && q.start < before.end)
    )
      return null;
    const words = [...text.slice(before.start, before.end).matchAll(/[\p{L}]+/gu)];
    const verb = words.find((w) => SPEECH_VERB.test(w[0]) && w[0] !== w[0].toUpperCase());
    if (!verb) return null;
    const at = before.start + verb.index;
    const r = resolve({ start: before.start, end: at }, quote.start, out.slice(0, i));
    if (!r.entity || r.entity.kind !== "person") return null;
    return {
      speaker: r.entity.id,
      verb: null,
      kind: "inferred",
      reason: `It has no attribution of its own and follows a sentence reporting what ${r.entity.name} said.`,
    };
  };

  const out: Spoken[] = [];
  quotes.forEach((quote, i) => {
    const closeEnd = quote.unclosed ? quote.end : quote.end + 1;
    const tail = sentenceOf(quote.end);
    const nextQuote = quotes[i + 1];
    const afterEnd = Math.min(tail.end, nextQuote && nextQuote.part === quote.part ? nextQuote.start - 1 : tail.end);
    const after = text.slice(closeEnd, afterEnd);
    const head = sentenceOf(quote.start - 1);
    const before = text.slice(head.start, quote.start - 1);
    let attribution: Attribution | null = null;
    let standIn: Spoken["standIn"] = null;
    const candidates: { verb: Range; subject: Range }[] = [];
    // "…,” X said" / "…,” said X": the first speech verb after the closing mark, its subject beside it.
    const afterVerb = [...after.matchAll(/[\p{L}]+/gu)].find((m) => SPEECH_VERB.test(m[0]) && m.index < 70);
    if (afterVerb) {
      const verb = { start: closeEnd + afterVerb.index, end: closeEnd + afterVerb.index + afterVerb[0].length };
      const lead = text.slice(closeEnd, verb.start);
      if (/\p{L}/u.test(lead)) candidates.push({ verb, subject: { start: closeEnd, end: verb.start } });
      else {
        // "said one woman, who gave only her first name, Eleni": the phrase runs to the clause's end.
        const rest = /^[^.;:!?“"]*/u.exec(text.slice(verb.end, afterEnd))![0];
        candidates.push({ verb, subject: { start: verb.end, end: verb.end + rest.length } });
      }
    }
    // "X said (that) … “…”": the last speech verb before the opening mark, its subject the words before it.
    const last = [...before.matchAll(/[\p{L}]+/gu)].filter((m) => SPEECH_VERB.test(m[0])).at(-1);
    if (last) {
      const verb = { start: head.start + last.index, end: head.start + last.index + last[0].length };
      const clause = text.slice(head.start, verb.start);
      const cut = Math.max(clause.lastIndexOf(", and "), clause.lastIndexOf("; "), clause.lastIndexOf("” "));
      candidates.push({ verb, subject: { start: head.start + (cut >= 0 ? cut + 2 : 0), end: verb.start } });
    }
    // "according to X": no verb, the phrase names the source.
    const sentenceText = text.slice(head.start, Math.max(tail.end, head.end));
    const according = /[Aa]ccording to ([^,.;“"]+)/u.exec(sentenceText);
    let found: { verb: Range; subject: Range } | null = null;
    let unnamed: Spoken["unnamed"] = null;
    for (const candidate of candidates) {
      const r = resolve(candidate.subject, quote.start, out);
      if (r.entity) {
        found = candidate;
        attribution = {
          speaker: r.entity.id,
          verb: candidate.verb,
          kind: r.how ? "inferred" : "stated",
          reason: r.how ? `The attribution names no one: ${r.how}.` : null,
        };
        standIn = r.standIn;
        break;
      }
      // "a Ukrainian official said": someone the text does not name speaks; the draft makes them an unnamed entity.
      const phrase = text.slice(candidate.subject.start, candidate.subject.end);
      const group = UNNAMED_GROUP.exec(
        phrase
          .trim()
          .replace(/^[-–•]\s*/u, "")
          .replace(/,$/u, ""),
      );
      const someone = UNNAMED.exec(phrase) ?? (group ? { index: phrase.indexOf(group[1]!), 0: group[1]! } : null);
      if (someone && !unnamed) {
        const start = candidate.subject.start + someone.index;
        unnamed = { start, end: start + someone[0].length, verb: candidate.verb };
      }
    }
    if (!attribution && according) {
      const start = head.start + according.index + "according to ".length;
      const r = resolve({ start, end: start + according[1]!.length }, quote.start, out);
      if (r.entity) {
        attribution = {
          speaker: r.entity.id,
          verb: { start: head.start + according.index, end: start - 1 },
          kind: r.how ? "inferred" : "stated",
          reason: r.how ? `The attribution names no one: ${r.how}.` : null,
        };
      }
    }
    // A fragment right after "the statement said" that names a person "in a statement" names the author.
    const next = sentenceOf(afterEnd + 1);
    const fragment = /^((?:\p{Lu}[\p{L}-]* )+)(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*) in a statement\.$/u.exec(
      text.slice(next.start, next.end),
    );
    if (attribution && found && /statement/u.test(text.slice(found.subject.start, found.subject.end)) && fragment) {
      const person = mentions.find((m) => m.start >= next.start && m.end <= next.end && m.entity.kind === "person");
      if (person) {
        attribution = {
          speaker: person.entity.id,
          verb: found.verb,
          kind: "inferred",
          reason: `"the statement said" is followed by a fragment naming ${person.entity.name} "in a statement", read as the author of the words.`,
        };
      }
    }
    const previous = out[i - 1];
    const prevQuote = quotes[i - 1];
    // A quotation standing alone after a sentence that reports someone's words continues that speaker:
    // 'Nowak said the union would not give in.' then '"We are ready."'
    const reported = !attribution && candidates.length === 0 && !according ? reporterBefore(quote, prevQuote, i) : null;
    if (reported) attribution = reported;
    if (!attribution && previous?.attribution.speaker && prevQuote && candidates.length === 0) {
      const samePart = prevQuote.part === quote.part;
      if (samePart || quote.continued || prevQuote.part === quote.part - 1) {
        const name = entities.find((e) => e.id === previous.attribution.speaker)?.name ?? "the previous speaker";
        attribution =
          samePart && previous.attribution.kind === "stated"
            ? { ...previous.attribution }
            : {
                speaker: previous.attribution.speaker,
                verb: null,
                kind: "inferred",
                reason: quote.continued
                  ? `It continues the quotation of ${name} left open at the end of the paragraph before.`
                  : `It has no attribution of its own and follows a quotation of ${name}.`,
              };
      }
    }
    const mediumMatch = /\b(?:told|to) ((?:\p{Lu}[\p{L}]*\s?)+)/u.exec(sentenceText);
    const medium = mediumMatch
      ? (mentions.find(
          (m) =>
            m.entity.kind === "media" &&
            m.start >= head.start + mediumMatch.index &&
            m.start <= head.start + mediumMatch.index + mediumMatch[0].length,
        )?.entity.id ?? null)
      : null;
    out.push({
      attribution: attribution ?? { speaker: null, verb: null, kind: "inferred", reason: null },
      medium,
      standIn,
      unnamed: attribution ? null : unnamed,
    });
  });
  return out;
}
