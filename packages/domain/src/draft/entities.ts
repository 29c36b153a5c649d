// Entities and their mentions: each named run classified by the gazetteer, then the lexicon, then
// the words of the name itself; short names grouped with the full name they shorten.
import nlp from "compromise";
import { ENTITY_PREFIX_BY_KIND } from "../schema/entity";
import type { EntityKindName } from "../vocabulary";
import { countryOfDemonym } from "./demonyms";
import { BODY_WORDS, KNOWN_NAMES, MEDIA_WORDS, NAMED_AS, NOT_ACRONYMS, OFFICE_NOUNS, ORG_WORDS, PLACE_WORDS } from "./lexicon";
import { isFirstName } from "./gender";
import { organisationByPlace } from "./placed";
import { nameRuns, type NameRun } from "./names";
import { roleBefore, roleAfter } from "./roles";
import type { DraftEntity, DraftMention, GazetteerEntry, Part } from "./types";

export const slugify = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "unnamed";

/** compromise's reading of a name alone, remembered: the same names recur in every article. */
const TAGGED = new Map<string, { has(tag: string): boolean }>();
function tagsOf(name: string): { has(tag: string): boolean } {
  let found = TAGGED.get(name);
  if (!found) {
    const doc = nlp(name);
    const tags = new Set(["#Country", "#Place", "#Person", "#Plural", "#Organization"].filter((tag) => doc.has(tag)));
    found = { has: (tag: string) => tags.has(tag) };
    if (TAGGED.size > 10_000) TAGGED.clear();
    TAGGED.set(name, found);
  }
  return found;
}

/** A capital after these words is where something happens, not the government acting. */
const LOCATED =
  /\b(?:(?:speaking|reporters|journalists|held|based|arrived|met|meeting|summit|visit|visiting|visited|talks|hosted|signed|conference|briefing|ceremony|rally|forum|gathered|rallied|marched|protest|protests|lives|born|died|killed|blast|explosion|office|offices|headquartered|headquarters|embassy|streets) in|(?:visit|visits|trip|trips|travel|travelled|traveled|flew|returned|headed|moved|relocated|fled|flights?|routes?) to|(?:packing|bound|left|leaving|heading|headed|bound|departed|flights?) for|between [\p{L}-]+ and|near|outside|around|across|(?:north|south|east|west)(?:-?(?:east|west))? of) $/iu;

/** Whether a capital is written as where something is: "speaking in Oslo", "Oslo airport", "flights to Rome, Oslo and Bern". */
function asPlace(text: string, run: NameRun): boolean {
  const before = text.slice(Math.max(0, run.start - 60), run.start);
  if (PLACE_AFTER.test(text.slice(run.end, run.end + 20))) return true;
  // A capital listed after other places takes the place word before the list: "in Lagos and Abuja".
  const listed = before.replace(/(?:\p{Lu}[\p{L}\p{M}-]+(?:,| and|, and) )+$/u, "");
  return (
    /\b(?:in|at) $/u.test(before) ||
    LOCATED.test(before) ||
    LOCATED.test(listed) ||
    (listed !== before && /\b(?:in|at|for|to|from) $/u.test(listed))
  );
}

/** Regions that are where, never who, whatever company shares a name with them. */
const REGIONS =
  /^(?:(?:the|Legal|Brazilian|Peruvian|Western|Eastern|Northern|Southern|Central) )?(?:Amazon|Amazonia|Sahel|Arctic|Antarctic|Balkans|Caucasus|Himalayas|Sahara|Andes|Alps|Levant|Maghreb|Patagonia|Siberia|Mekong|Outback|Tropics|Pacific|Atlantic|Mediterranean)$/;

const isRegion = (name: string, after: string) =>
  REGIONS.test(name) &&
  !/^(?:['’]s (?:shares|stock|chief|founder|boss|sales)| (?:said|says|announced|Inc|shares|Web)\b)/u.test(after);

/** An apposition naming a post or a tie only a person has. */
const PERSON_APPOSITION = new RegExp(
  String.raw`^, (?:the|a|an|his|her|their|its|[\p{L}-]+['’]s) (?:[\p{L}-]+ ){0,3}?(?:${OFFICE_NOUNS.source.slice(2, -2)}|predecessor|successor|wife|husband|son|daughter|brother|sister|father|mother|lawyer|owner|deputy|aide|spokesperson|widow|fisherman|farmer|resident|worker|teacher|student|driver|nurse|doctor|activist|campaigner|organiser|organizer|lawmaker|politician|candidate|businessman|businesswoman|entrepreneur|investor|trader)\b`,
  "u",
);
/** A post named just before, set off by a comma: "the company's chief executive, Park Ji-hoon,". */
const PERSON_AFTER_POST = new RegExp(
  String.raw`\b(?:${OFFICE_NOUNS.source.slice(2, -2)}|spokesperson|campaigner|activist|lawyer|deputy), $`,
);
/** A post written right before a name: "union spokesperson Matthew Parks". */
const PERSON_BEFORE_POST = new RegExp(String.raw`\b(?:${OFFICE_NOUNS.source.slice(2, -2)}|spokesperson|lawyer|activist) $`);
/** Last words of names that name a law, a plan, an event or a day, never an actor. */
const NOT_ACTORS =
  / (?:Act|Law|Code|Bill|Treaty|Accord|Convention|Initiative|Strategy|Doctrine|Day|Eve|Year|Week|Festival|Games|Cup|Olympics|Championship|Prize|Award|Index|Plan)$/u;
/** Words after a name that make it a place: "Minas Gerais state". */
const PLACE_AFTER =
  /^ (?:states?|provinces?|regions?|district|county|city|island|islands|village|town|prefecture|municipality|river|valley|peninsula|coast|bay|port|area|border|basin|delta|mountains|plateau|lake|field|fields|mine|dam|airport|highway|square|neighbourhood|neighborhood|suburb|depot|plant|factory|station|terminal|market|prison|camp|stadium|hospital)\b/u;
/** Words before a name that make it a place, when no person is named there. */
const PLACE_BEFORE = /\b(?:in|near|across|throughout|outside|around|into) $/u;

interface Classified {
  id?: string;
  kind: EntityKindName;
  name: string;
  form: DraftMention["form"];
  source: DraftEntity["source"];
}

function classify(
  run: NameRun,
  before: string,
  gazetteer: ReadonlyMap<string, { entry: GazetteerEntry; form: DraftMention["form"] }>,
  after: string,
): Classified | null {
  const known = gazetteer.get(run.text) ?? gazetteer.get(run.text.replace(/^the /iu, ""));
  if (known) return { id: known.entry.id, kind: known.entry.kind, name: known.entry.name, form: known.form, source: "gazetteer" };
  // A region the text places things in ("Brazil's Amazon", "the Sahel"), unless a company's cue follows ("Amazon said").
  if (isRegion(run.text, after)) return null;
  const lexical = KNOWN_NAMES.get(run.text) ?? KNOWN_NAMES.get(run.text.replace(/^the /iu, ""));
  if (lexical) return { kind: lexical.kind, name: lexical.name, form: lexical.form, source: "lexicon" };
  const name = run.text.replace(/^the /iu, "");
  if (PLACE_WORDS.test(name)) return null; // a sea or a river is where, not who
  if (!name.includes(" ") && (BODY_WORDS.test(name) || ORG_WORDS.test(name))) return null; // "Union" alone names no one
  if (MEDIA_WORDS.test(name) && name.includes(" ")) return { kind: "media", name, form: "name", source: "text" };
  if (BODY_WORDS.test(name)) return { kind: "government-body", name, form: "name", source: "text" };
  if (ORG_WORDS.test(name)) return { kind: "organisation", name, form: "name", source: "text" };
  if (NOT_ACRONYMS.test(name)) return null; // "GDP", "CEO": a measure or a post, not an actor
  if (/^\p{Lu}{2,6}$/u.test(name)) return { kind: "organisation", name, form: "name", source: "text" };
  const tokens = name.split(" ");
  // Initials inside a name make it a company's or a body's, never a person's ("PKO BP", "SK Hynix").
  if (tokens.length > 1 && tokens.some((t) => /^[\p{Lu}&]{2,}$/u.test(t) && !/^[IVX]+$/u.test(t) && !NOT_ACRONYMS.test(t)))
    return { kind: "organisation", name, form: "name", source: "text" };
  const described = /\bthe ([a-z]+) $/u.exec(before)?.[1];
  if (described && NAMED_AS[described]) return { kind: NAMED_AS[described], name, form: "name", source: "text" };
  const doc = tagsOf(name);
  // A known country inside a longer name makes it a company's or a body's ("Garuda Indonesia", "Bank Indonesia").
  // Its last word, and in the country's own name, not a capital's: "Jordan Peterson", "Sofia Rossi", "Michael Jordan" are people.
  const country = KNOWN_NAMES.get(tokens.at(-1)!);
  if (tokens.length > 1 && country?.kind === "country" && country.form === "name" && !isFirstName(tokens[0]!))
    return { kind: "organisation", name, form: "name", source: "text" };
  if (doc.has("#Country") && tokens.length <= 3) return { kind: "country", name, form: "name", source: "lexicon" }; // compromise's own list of countries
  if (tokens.some((t) => /\d/u.test(t))) return null; // "Airbus A320s": a model, not anyone
  if (NOT_ACTORS.test(name)) return null; // a law, a plan, a holiday: named things, not actors
  if (doc.has("#Organization") && !doc.has("#Person")) return { kind: "organisation", name, form: "name", source: "text" }; // compromise knows the company
  // What stands around a name says a person more surely than any list: "Park Ji-won, an analyst at", "President Jokowi", "Mr Eze".
  if (
    tokens.length <= 4 &&
    (PERSON_APPOSITION.test(after) ||
      (tokens.length === 1 && run.title) ||
      /\b(?:Mr|Mrs|Ms|Dr|Prof)\.? $/u.test(before) ||
      (tokens.length >= 2 && PERSON_AFTER_POST.test(before) && /^,/u.test(after)))
  )
    return { kind: "person", name, form: "name", source: "text" };
  // ...and a place: "in North Sumatra", "Minas Gerais state".
  if (
    tokens.length >= 2 &&
    !doc.has("#Person") &&
    (PLACE_AFTER.test(after) ||
      PLACE_BEFORE.test(before) ||
      /^(?:North|South|East|West|Central|Upper|Lower|Greater|New) /u.test(name))
  )
    return null;
  // "spokesperson Matthew Parks said": a first name after a post, or speaking, outweighs a place-like surname.
  if (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    isFirstName(tokens[0]!) &&
    (PERSON_BEFORE_POST.test(before) || /^ (?:said|says|told|added)\b/u.test(after))
  )
    return { kind: "person", name, form: "name", source: "text" };
  if (doc.has("#Place") && !doc.has("#Person")) return null; // a place is where, not who: the model has no kind for it
  // Up to four words, or six with particles ("Tamim bin Hamad Al Thani").
  const particles = tokens.filter((t) =>
    /^(?:bin|binti|bint|ibn|al|Al|el|da|de|do|dos|das|van|von|der|den|di|del|du|le|la)$/u.test(t),
  ).length;
  // A name closing on a plural common noun ("Velta Minerals", "Norrland Seafoods") is a company's, unless a first name opens it.
  const last = tokens.at(-1)!;
  if (
    tokens.length >= 2 &&
    particles === 0 &&
    /s$/u.test(last) &&
    !doc.has("#Person") &&
    !isFirstName(tokens[0]!) &&
    tagsOf(last.toLowerCase()).has("#Plural")
  )
    return { kind: "organisation", name, form: "name", source: "text" };
  if (tokens.length >= 2 && tokens.length <= 4 + Math.min(2, particles))
    return { kind: "person", name, form: "name", source: "text" };
  if (tokens.length === 1 && doc.has("#Person")) return { kind: "person", name, form: "name", source: "text" };
  return null;
}

/** A one-word name that shortens one already named in full: "Kirby" for "John Kirby", "Socialists" for "Party of Socialists". */
function shortFor(word: string, named: readonly DraftEntity[]): DraftEntity | undefined {
  return (
    named.find((p) => p.kind === "person" && p.name.split(" ").some((part) => part === word)) ??
    named.find(
      (e) =>
        e.kind !== "person" &&
        e.kind !== "country" &&
        / (?!of |for |in )\S+$/u.test(e.name) &&
        !/ (of|for|in) \S+$/u.test(e.name) &&
        e.name.split(" ").at(-1) === word,
    ) ??
    // "Kiwoom" for "Kiwoom Securities": a company's first word, when the rest only says what kind of company it is.
    named.find(
      (e) =>
        (e.kind === "organisation" || e.kind === "media") &&
        e.name.startsWith(`${word} `) &&
        e.name
          .split(" ")
          .slice(1)
          .every((w) => ORG_WORDS.test(w) || MEDIA_WORDS.test(w)),
    )
  );
}

export function findEntities(text: string, parts: readonly Part[], gazetteerEntries: readonly GazetteerEntry[]): DraftEntity[] {
  const gazetteer = new Map<string, { entry: GazetteerEntry; form: DraftMention["form"] }>();
  for (const entry of gazetteerEntries) for (const n of entry.names) gazetteer.set(n.text, { entry, form: n.form });
  const byKey = new Map<string, DraftEntity>();
  const pending: NameRun[] = [];
  const runs = nameRuns(text, parts);
  const add = (c: Classified, mention: DraftMention) => {
    // Keyed by id, so a lexicon name and a gazetteer entity with the same id are one entity.
    const id = c.id ?? `${ENTITY_PREFIX_BY_KIND[c.kind]}.${slugify(c.name)}`;
    let entity = byKey.get(id);
    if (!entity) {
      entity = { id, kind: c.kind, name: c.name, aliases: [], source: c.source, mentions: [] };
      byKey.set(id, entity);
    }
    const written = text.slice(mention.start, mention.end).replace(/^the /iu, "");
    if (written !== entity.name && !entity.aliases.includes(written)) entity.aliases.push(written);
    entity.mentions.push(mention);
  };
  for (const run of runs) {
    const single = !run.text.includes(" ");
    const c = classify(run, text.slice(Math.max(0, run.start - 30), run.start), gazetteer, text.slice(run.end, run.end + 80));
    if (c?.form === "metonym" && asPlace(text, run)) continue; // "speaking in Oslo": the city as a place
    if (c && !(single && c.kind === "person" && c.source === "text"))
      add(c, { start: run.start, end: run.end, form: c.form, role: null });
    else pending.push(run);
  }
  // One-word names last: by then the full names they shorten are known.
  const people = () => [...byKey.values()];
  // Met twice, and never where a place would stand ("in Rotterdam", "off Svalbard", "the Nile").
  const LOCATIVE = /\b(?:in|near|off|across|along|at|from|to|into|of|the|around|over|through)\s$/iu;
  const recurs = (word: string) => {
    const seen = pending.filter((r) => r.text === word);
    return (
      seen.length >= 2 &&
      seen.some((r) => !/(^|\n|[.!?]["”’]?\s+|^- |\n- )$/u.test(text.slice(Math.max(0, r.start - 4), r.start))) &&
      !seen.some((r) => LOCATIVE.test(text.slice(Math.max(0, r.start - 8), r.start)) || tagsOf(word).has("#Place"))
    );
  };
  const soleWithLastWord = (word: string) =>
    [...byKey.values()].filter((e) => e.kind !== "person" && e.name.includes(" ") && e.name.split(" ").at(-1) === word).length ===
    1;
  for (const run of pending) {
    if (isRegion(run.text, text.slice(run.end, run.end + 30))) continue;
    // An organisation's last word opening a sentence is a common noun more often than a short name ("Rail fares").
    const opensSentence = /(^|\n|[.!?]["”’]?\s+|^- |\n- )$/u.test(text.slice(Math.max(0, run.start - 4), run.start));
    const short = shortFor(run.text, people());
    const person =
      short &&
      (short.kind === "person" ||
        (!opensSentence &&
          // "the Commission" after "the European Commission": a body's last word stands for it when one body alone ends so.
          ((!BODY_WORDS.test(run.text) &&
            !ORG_WORDS.test(run.text) &&
            !LOCATIVE.test(text.slice(Math.max(0, run.start - 8), run.start))) || // "port of Gdansk" is the town, not "DCT Gdansk"
            (soleWithLastWord(run.text) &&
              (!LOCATIVE.test(text.slice(Math.max(0, run.start - 8), run.start)) ||
                /(?<!\bof )\bthe $/iu.test(text.slice(Math.max(0, run.start - 8), run.start)))))))
        ? short
        : undefined;
    if (person) {
      if (!person.aliases.includes(run.text)) person.aliases.push(run.text);
      person.mentions.push({ start: run.start, end: run.end, form: "name", role: null });
      continue;
    }
    const c = classify(run, text.slice(Math.max(0, run.start - 30), run.start), gazetteer, text.slice(run.end, run.end + 80));
    const guessedPerson = c?.kind === "person" && c.source === "text" && !run.text.includes(" ") && !run.title;
    const placed =
      c && !guessedPerson
        ? null
        : organisationByPlace(text, run, tagsOf(run.text).has("#Place"), guessedPerson, tagsOf(run.text).has("#Plural"));
    if (c && !placed) add(c, { start: run.start, end: run.end, form: c.form, role: null });
    else if (placed)
      add(
        { kind: placed, name: run.text, form: "name", source: "text" },
        { start: run.start, end: run.end, form: "name", role: null },
      );
    else if (recurs(run.text)) {
      // A capitalised word met again mid-sentence, that no list knows, is most often a company or a body's short name.
      add(
        { kind: "organisation", name: run.text, form: "name", source: "text" },
        { start: run.start, end: run.end, form: "name", role: null },
      );
    }
  }
  // A body named by part of another body's name is that body ("the Treasury", "the Treasury Department").
  for (const [key, entity] of byKey) {
    if (entity.kind === "person" || entity.kind === "country") continue;
    const fuller = [...byKey.values()].find(
      (o) => o !== entity && o.kind === entity.kind && new RegExp(`(^| )${entity.name}( |$)`, "u").test(o.name),
    );
    if (fuller && entity.source !== "gazetteer") {
      fuller.mentions.push(...entity.mentions);
      if (!fuller.aliases.includes(entity.name)) fuller.aliases.push(entity.name);
      byKey.delete(key);
    }
  }
  const entities = [...byKey.values()];
  for (const entity of entities) {
    entity.mentions.sort((a, b) => a.start - b.start);
    if (entity.kind !== "person") continue;
    for (const mention of entity.mentions) {
      const run = runs.find((r) => r.start === mention.start);
      mention.role = roleBefore(text, mention.start, run?.title ?? null) ?? roleAfter(text, mention.end);
    }
  }
  // A role's organisation is the entity named inside it, or right after it ("analyst at the X Institute").
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (!mention.role) continue;
      const { start, end } = mention.role;
      const demonym = /^(?:North |South )?\p{Lu}\p{L}+/u.exec(text.slice(start, end))?.[0];
      const country = demonym ? countryOfDemonym(demonym) : undefined;
      const holder = entities.find(
        (e) => e !== entity && e.kind !== "person" && e.mentions.some((m) => m.start >= start && m.start <= end + 12),
      );
      // "North Korean leader": the office is held in the country the demonym names, if the text names it too.
      const ofCountry = country ? entities.find((e) => e.kind === "country" && e.name === country) : undefined;
      const roleText = text.slice(start, end);
      const byName = entities.find(
        (e) =>
          e.kind !== "person" &&
          [e.name, ...e.aliases].some((n) =>
            new RegExp(`(^| )${n.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")} `, "u").test(roleText),
          ),
      );
      mention.role.organisation = holder?.id ?? byName?.id ?? ofCountry?.id ?? null;
    }
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
