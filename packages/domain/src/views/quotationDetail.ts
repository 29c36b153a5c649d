import type { Story } from "../schema/story";
import type { Entity } from "../schema/entity";
import type { Quotation } from "../schema/quotation";
import type { Span } from "../schema/span";
import { lookupOf } from "./lookup";
import { excerptOf, type Excerpt } from "./parts";
import { claimRef, resolveAll, type ClaimRef } from "./refs";

/** One place the quotation is printed, read in context. */
export interface QuotationAppearanceView extends Excerpt {
  reportingVerb: Span | null;
}

export interface QuotationDetail {
  quotation: Quotation;
  speaker: Entity | null;
  /** Who the text says passed the words on ("the statement said"), if not the speaker. */
  relay: Entity | null;
  /** Outlet the words were said to, if the text gives one. */
  medium: Entity | null;
  appearances: QuotationAppearanceView[];
  claims: ClaimRef[];
}

export function quotationDetail(story: Story, quoteId: string): QuotationDetail | null {
  const { quotations, entities, claims } = lookupOf(story);
  const quotation = quotations.get(quoteId);
  if (!quotation) return null;
  return {
    quotation,
    speaker: entities.get(quotation.speaker) ?? null,
    relay: entities.get(quotation.attribution.relay?.via ?? "") ?? null,
    medium: quotation.medium === null ? null : (entities.get(quotation.medium) ?? null),
    appearances: quotation.appearances.map(({ span, reportingVerb }) => ({ ...excerptOf(story, span), reportingVerb })),
    claims: resolveAll(quotation.claims, claims).map(claimRef),
  };
}
