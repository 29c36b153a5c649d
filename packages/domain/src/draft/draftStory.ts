// draftStory(text, options): a first draft of a story file, every proposal a verified span of the
// text, with the judgments a person should confirm listed for review.
import { findClaims } from "./claims";
import { findEntities, slugify } from "./entities";
import { findQuantities } from "./quantities";
import { findQuotations } from "./quotations";
import { attributeQuotes } from "./speakers";
import { partsOf, sentencesOf } from "./text";
import { findTimes } from "./times";
import { assembleStory } from "./assemble";
import type { DraftClaim, DraftEntity, DraftOptions, DraftQuantity, DraftQuotation, DraftTime, Part, ReviewItem } from "./types";

export interface Proposals {
  parts: Part[];
  entities: DraftEntity[];
  quotations: DraftQuotation[];
  times: DraftTime[];
  quantities: DraftQuantity[];
  claims: DraftClaim[];
}

export interface Draft {
  /** The story file: passes schema validation and span verification. */
  story: Record<string, unknown>;
  proposals: Proposals;
  /** Judgments to confirm, in reading order. */
  review: ReviewItem[];
}

export function propose(text: string, options: DraftOptions): Proposals {
  const parts = partsOf(text);
  if (parts.length === 0) throw new Error("the source text has no line with words on it");
  const sentences = sentencesOf(text, parts);
  const entities = findEntities(text, parts, options.gazetteer ?? []);
  const found = findQuotations(text, parts);
  const spoken = attributeQuotes(text, found, sentences, entities);
  spoken.forEach((s) => {
    if (!s.unnamed) return;
    const words = text.slice(s.unnamed.start, s.unnamed.end).replace(/^(?:an?|one) /iu, "");
    const plural = /s$/u.test(words);
    const id = `${plural ? "group" : "person"}.unnamed-${slugify(words)}`;
    let entity = entities.find((e) => e.id === id);
    if (!entity) {
      entity = {
        id,
        kind: plural ? "group" : "person",
        name: `Unnamed ${words.toLowerCase()}`,
        aliases: [],
        source: "text",
        unnamed: true,
        mentions: [],
      };
      entities.push(entity);
    }
    entity.mentions.push({ start: s.unnamed.start, end: s.unnamed.end, form: "description", role: null });
    s.attribution = { speaker: id, verb: s.unnamed.verb, kind: "stated", reason: null };
  });
  const quotations: DraftQuotation[] = found.map((q, i) => ({
    ...q,
    attribution: spoken[i]!.attribution,
    medium: spoken[i]!.medium,
  }));
  spoken.forEach(({ standIn, attribution }) => {
    const entity = entities.find((e) => e.id === attribution.speaker);
    if (standIn && entity && !entity.mentions.some((m) => m.start === standIn.start)) {
      entity.mentions.push({ start: standIn.start, end: standIn.end, form: standIn.form, role: null });
      entity.mentions.sort((a, b) => a.start - b.start);
    }
  });
  const times = findTimes(text, parts, options.published);
  const quantities = findQuantities(text, parts, times);
  const claims = findClaims(text, sentences, entities, quotations);
  return { parts, entities, quotations, times, quantities, claims };
}

export function draftStory(text: string, options: DraftOptions): Draft {
  const proposals = propose(text, options);
  const { story, review } = assembleStory(text, options, proposals);
  return { story, proposals, review };
}
