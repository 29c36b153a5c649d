// What the drafter proposes, before it becomes a story file: plain offsets into the text.
import type { EntityKindName } from "../vocabulary";
import type { ClaimStatusName } from "../vocabulary";

/** A stretch of the source: UTF-16 offsets, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface Part extends Range {
  kind: "headline" | "standfirst" | "body" | "caption";
  index: number;
}

export interface Sentence extends Range {
  part: number;
}

export interface DraftMention extends Range {
  form: "name" | "title" | "metonym" | "description" | "pronoun";
  /** The title this mention gives, with the entity it is held in where the text names it. */
  role: (Range & { organisation: string | null }) | null;
}

export interface DraftEntity {
  id: string;
  kind: EntityKindName;
  name: string;
  aliases: string[];
  /** Where it was recognised from: a shipped story, the built-in lexicon, or the text alone. */
  source: "gazetteer" | "lexicon" | "text";
  /** Someone the text does not name ("a Ukrainian official"). */
  unnamed?: boolean;
  mentions: DraftMention[];
}

export interface Attribution {
  speaker: string | null;
  verb: Range | null;
  kind: "stated" | "inferred";
  reason: string | null;
}

export interface DraftQuotation extends Range {
  part: number;
  partial: boolean;
  unclosed: boolean;
  /** This paragraph's quotation continues one left open in the paragraph before. */
  continued: boolean;
  attribution: Attribution;
  medium: string | null;
}

export interface DraftTime extends Range {
  interval: { start: string | null; end: string | null } | null;
  precision: "day" | "month" | "season" | "year" | "multi-year" | "decade" | "unknown";
  method: string | null;
  /** True when the interval needs the publication date. */
  fromPublished: boolean;
}

export interface DraftQuantity extends Range {
  qualifier: {
    text: string;
    kind: "more-than" | "less-than" | "approximately" | "at-least" | "at-most" | "order-of-magnitude";
  } | null;
  value: number | null;
  range: { min: number; max: number } | null;
  rangeReason: string | null;
  unit: string;
}

export interface DraftClaim {
  /** The reported words: a quotation's span, or the clause the verb reports. */
  spans: Range[];
  claimant: string;
  verb: Range | null;
  attribution: Attribution;
  status: ClaimStatusName;
  modality: "asserted" | "hedged" | "conditional" | "negated" | "future" | "attempted";
  quotations: number[];
}

/** A judgment the drafter made that a person should confirm. */
export interface ReviewItem {
  at: Range;
  what: string;
}

/** An entity a shipped story already knows, with the names it goes by. */
export interface GazetteerEntry {
  id: string;
  kind: EntityKindName;
  name: string;
  /** Every way the text may write it, with the form each names it by. */
  names: { text: string; form: "name" | "metonym" | "title" }[];
}

export interface DraftOptions {
  slug: string;
  /** The publication date (YYYY-MM-DD): relative times are normalised from it, as an external fact. */
  published?: string;
  gazetteer?: readonly GazetteerEntry[];
}

export type { ClaimStatusName };
