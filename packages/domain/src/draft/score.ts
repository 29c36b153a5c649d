// Scores a draft against hand annotations: precision, recall and F1 with exact span boundaries,
// and speaker accuracy over the quotations the draft found.
import type { Proposals } from "./draftStory";
import type { Range } from "./types";

/** Who a quotation's speaker is, as names and as mention spans, so two files' ids need not agree. */
export interface Who {
  names: string[];
  spans: Range[];
}

export interface Labelled {
  quotations: (Range & { speaker: Who | null })[];
  mentions: Range[];
  times: Range[];
  quantities: Range[];
}

export interface Score {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  quotations: Score;
  /** Of the quotations found with the exact span, how many have the gold speaker. */
  speakers: { found: number; correct: number; accuracy: number };
  mentions: Score;
  times: Score;
  quantities: Score;
}

const key = (r: Range) => `${r.start}-${r.end}`;

export function prf(gold: readonly Range[], found: readonly Range[]): Score {
  const wanted = new Set(gold.map(key));
  const got = new Set(found.map(key));
  const matched = [...got].filter((k) => wanted.has(k)).length;
  const precision = got.size === 0 ? (wanted.size === 0 ? 1 : 0) : matched / got.size;
  const recall = wanted.size === 0 ? 1 : matched / wanted.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold: wanted.size, found: got.size, matched, precision, recall, f1 };
}

const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(the|an?|unnamed) /u, "")
    .replace(/[’']/gu, "'")
    .trim();

export function sameSpeaker(a: Who | null, b: Who | null): boolean {
  if (a === null || b === null) return false;
  if (a.spans.some((s) => b.spans.some((t) => key(s) === key(t)))) return true;
  const names = new Set(a.names.map(fold));
  return b.names.some((n) => names.has(fold(n)));
}

/** The draft's proposals in the labelled shape; only names and metonyms count as scored mentions. */
export function labelledFromDraft(p: Proposals): Labelled {
  const who = (id: string | null): Who | null => {
    const entity = p.entities.find((e) => e.id === id);
    return entity
      ? { names: [entity.name, ...entity.aliases], spans: entity.mentions.map(({ start, end }) => ({ start, end })) }
      : null;
  };
  return {
    quotations: p.quotations.map((q) => ({ start: q.start, end: q.end, speaker: who(q.attribution.speaker) })),
    mentions: p.entities.flatMap((e) => e.mentions.filter((m) => m.form === "name" || m.form === "metonym")),
    times: p.times,
    quantities: p.quantities,
  };
}

export function score(gold: Labelled, draft: Labelled): Scores {
  const byKey = new Map(gold.quotations.map((q) => [key(q), q]));
  const found = draft.quotations.filter((q) => byKey.has(key(q)));
  const correct = found.filter((q) => sameSpeaker(byKey.get(key(q))!.speaker, q.speaker)).length;
  return {
    quotations: prf(gold.quotations, draft.quotations),
    speakers: { found: found.length, correct, accuracy: found.length === 0 ? 0 : correct / found.length },
    mentions: prf(gold.mentions, draft.mentions),
    times: prf(gold.times, draft.times),
    quantities: prf(gold.quantities, draft.quantities),
  };
}

/** Sums several articles' counts into one score per kind (micro-averaged). */
export function pool(all: readonly Scores[]): Scores {
  const sum = (pick: (s: Scores) => Score): Score => {
    const gold = all.reduce((n, s) => n + pick(s).gold, 0);
    const found = all.reduce((n, s) => n + pick(s).found, 0);
    const matched = all.reduce((n, s) => n + pick(s).matched, 0);
    const precision = found === 0 ? 1 : matched / found;
    const recall = gold === 0 ? 1 : matched / gold;
    return {
      gold,
      found,
      matched,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  };
  const foundQ = all.reduce((n, s) => n + s.speakers.found, 0);
  const correct = all.reduce((n, s) => n + s.speakers.correct, 0);
  return {
    quotations: sum((s) => s.quotations),
    speakers: { found: foundQ, correct, accuracy: foundQ === 0 ? 0 : correct / foundQ },
    mentions: sum((s) => s.mentions),
    times: sum((s) => s.times),
    quantities: sum((s) => s.quantities),
  };
}

/** The targets, exact span boundaries. */
export const TARGETS = {
  quotations: 0.97,
  speakers: 0.9,
  mentions: 0.92,
  times: 0.9,
  quantities: 0.85,
  msPer1000Words: 300,
} as const;

/** The kinds whose figure is under its target, each as one sentence. */
export function misses(s: Scores): string[] {
  const out: string[] = [];
  const check = (name: string, value: number, target: number) => {
    if (value < target) out.push(`${name} ${value.toFixed(3)} is under the target ${target}`);
  };
  check("quotations F1", s.quotations.f1, TARGETS.quotations);
  check("speaker accuracy", s.speakers.accuracy, TARGETS.speakers);
  check("entity mentions F1", s.mentions.f1, TARGETS.mentions);
  check("time expressions F1", s.times.f1, TARGETS.times);
  check("quantities F1", s.quantities.f1, TARGETS.quantities);
  return out;
}
