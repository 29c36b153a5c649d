// `@dossier/domain/vocabulary`: the model's closed lists and their labels as plain constants.
// No zod, no search index: a browser form or a terminal legend imports this for a few hundred
// bytes. The zod schemas build their enums from these lists, so the two cannot drift.

/**
 * How the ARTICLE presents a statement — never our verdict on the world.
 * official-action: a body reports its own act; allegation: a charge against someone;
 * assessment: hedged analysis or intelligence; reported-unconfirmed: "there are reports";
 * planned / hypothetical: not (yet) real; denial: someone says it is not so;
 * statement: an attributed statement of intent or position; article-fact: background the
 * article states in its own voice; editorial: evaluative wording in the article's own voice.
 */
export const CLAIM_STATUSES = [
  "official-action",
  "allegation",
  "assessment",
  "reported-unconfirmed",
  "planned",
  "hypothetical",
  "denial",
  "statement",
  "article-fact",
  "editorial",
] as const;
export type ClaimStatusName = (typeof CLAIM_STATUSES)[number];

/** What a claim does in the story. */
export const CLAIM_ROLES = ["central", "supporting", "context", "reaction", "analysis"] as const;
export type ClaimRoleName = (typeof CLAIM_ROLES)[number];

export const PART_KINDS = ["headline", "standfirst", "body", "caption"] as const;

export const ENTITY_KINDS = [
  "person",
  "country",
  "government-body",
  "international-organisation",
  "organisation",
  "media",
  "group",
] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** PLOVER's modes: whether an event is told as having happened, as planned, denied… */
export const EVENT_MODES = ["historical", "ongoing", "planned", "hypothetical", "negated", "attempted"] as const;

export const NOTE_KINDS = [
  "typo",
  "punctuation",
  "unclosed-quotation",
  "garbled-attribution",
  "headline-body-difference",
  "caption-difference",
  "title-difference",
  "ambiguity",
  "evaluative-wording",
  "layout",
] as const;
export type NoteKindName = (typeof NOTE_KINDS)[number];

/** The relations the network view draws between entities (see views/network.ts for each rule). */
export const EDGE_KINDS = [
  "said",
  "accused",
  "denied",
  "offered",
  "supplied",
  "brokered",
  "facilitated",
  "sanctioned",
  "acted",
  "role-in",
  "part-of",
  "national-of",
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Every atom kind a search can return (parts are places, not atoms to find). */
export const SEARCH_KINDS = [
  "entity",
  "claim",
  "quotation",
  "event",
  "time",
  "quantity",
  "exchange",
  "sanction",
  "instrument",
  "note",
  "external",
  "keyPoint",
] as const;

/** The files a story can be exported as (see views/export): the model, spreadsheets, and three standards. */
export const EXPORT_FORMATS = ["json", "jsonld", "ftm", "events", "claims-csv", "quotations-csv"] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

/** What each export is, in a line: for a download list or `--help`. */
export const EXPORT_FORMAT_LABELS: Record<ExportFormatName, string> = {
  json: "The whole model with its source text (Dossier JSON)",
  jsonld: "schema.org JSON-LD: NewsArticle, claims with ratings, quotations, actors",
  ftm: "FollowTheMoney entities, one JSON object a line (people, bodies, sanctions, relations)",
  events: "Events in the PLOVER style: actor, recipient, event, mode, date, text",
  "claims-csv": "Claims as CSV, one row each, for spreadsheets",
  "quotations-csv": "Quotations as CSV, one row each, for spreadsheets",
};

/** A short label and one plain sentence for each status: how the article presents a claim. */
export const STATUS_LABELS: Record<ClaimStatusName, { label: string; meaning: string }> = {
  "official-action": { label: "Official action", meaning: "A government body reports an act of its own." },
  allegation: { label: "Allegation", meaning: "Someone charges another with something; the article reports the charge." },
  assessment: { label: "Assessment", meaning: "Hedged analysis or intelligence: what someone believes or estimates." },
  "reported-unconfirmed": { label: "Reported, unconfirmed", meaning: "The article passes on reports it has not confirmed." },
  planned: { label: "Planned", meaning: "Something intended or announced that has not happened yet." },
  hypothetical: { label: "Hypothetical", meaning: "Something that would follow if a condition were met." },
  denial: { label: "Denial", meaning: "Someone says that a claim made about them is not so." },
  statement: { label: "Statement", meaning: "An attributed statement of position or intent." },
  "article-fact": {
    label: "Article's own background",
    meaning: "Background the article states in its own voice, attributed to nobody.",
  },
  editorial: { label: "Editorial wording", meaning: "Evaluative wording in the article's own voice." },
};

export const ROLE_LABELS: Record<ClaimRoleName, string> = {
  central: "Central",
  supporting: "Supporting",
  context: "Context",
  reaction: "Reaction",
  analysis: "Analysis",
};

export const ENTITY_KIND_LABELS: Record<EntityKindName, string> = {
  person: "Person",
  country: "Country",
  "government-body": "Government body",
  "international-organisation": "International organisation",
  organisation: "Organisation",
  media: "Media",
  group: "Unnamed group",
};

export const NOTE_KIND_LABELS: Record<NoteKindName, string> = {
  typo: "Typo",
  punctuation: "Punctuation",
  "unclosed-quotation": "Unclosed quotation",
  "garbled-attribution": "Garbled attribution",
  "headline-body-difference": "Headline and body differ",
  "caption-difference": "Caption differs",
  "title-difference": "Titles differ",
  ambiguity: "Ambiguity",
  "evaluative-wording": "Evaluative wording",
  layout: "Layout",
};

/** Each relation read as a verb phrase from the source entity to the target. */
export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  said: "said something about",
  accused: "accused",
  denied: "denied a claim by",
  offered: "offered goods to",
  supplied: "supplied goods to",
  brokered: "brokered a deal with",
  facilitated: "helped a deal with",
  sanctioned: "sanctioned",
  acted: "acted on",
  "role-in": "holds a role in",
  "part-of": "is part of",
  "national-of": "is a national of",
};
