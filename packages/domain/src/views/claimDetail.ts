import type { Story } from "../schema/story";
import type { Claim, ClaimRelationKind } from "../schema/claim";
import type { Entity } from "../schema/entity";
import type { Quotation } from "../schema/quotation";
import type { Event } from "../schema/event";
import type { Span } from "../schema/span";
import { lookupOf } from "./lookup";
import { excerptOf, type Excerpt } from "./parts";
import { claimRef, type ClaimRef } from "./refs";

/** One span of one appearance, read in context. */
export interface ClaimExcerpt extends Excerpt {
  /** Index of the appearance in claim.appearances. */
  appearance: number;
  attributed: boolean;
  reportingVerb: Span | null;
}

/**
 * A link between two claims seen from this one: `outgoing` when this claim names the
 * other in `related`, `incoming` when the other claim names this one.
 */
export interface RelatedClaim {
  claim: ClaimRef;
  relation: ClaimRelationKind;
  direction: "outgoing" | "incoming";
}

export interface ClaimDetail {
  claim: Claim;
  claimant: Entity | null;
  /** Who the text says passed the claim on to the reader ("we have taken note of"), if anyone. */
  relay: Entity | null;
  excerpts: ClaimExcerpt[];
  related: RelatedClaim[];
  quotations: Quotation[];
  events: Event[];
}

export function claimDetail(story: Story, claimId: string): ClaimDetail | null {
  const { claims, entities } = lookupOf(story);
  const claim = claims.get(claimId);
  if (!claim) return null;
  const excerpts = claim.appearances.flatMap((appearance, index) =>
    appearance.spans.map((span) => ({
      ...excerptOf(story, span),
      appearance: index,
      attributed: appearance.attributed,
      reportingVerb: appearance.reportingVerb,
    })),
  );
  const outgoing = claim.related.flatMap(({ claim: id, relation }) => {
    const other = claims.get(id);
    return other ? [{ claim: claimRef(other), relation, direction: "outgoing" as const }] : [];
  });
  const incoming = story.claims.flatMap((other) =>
    other.related
      .filter((link) => link.claim === claimId)
      .map((link) => ({ claim: claimRef(other), relation: link.relation, direction: "incoming" as const })),
  );
  return {
    claim,
    claimant: claim.claimant === null ? null : (entities.get(claim.claimant) ?? null),
    relay: entities.get(claim.attribution.relay?.via ?? "") ?? null,
    excerpts,
    related: [...outgoing, ...incoming],
    quotations: story.quotations.filter((quote) => quote.claims.includes(claimId)),
    events: story.events.filter((event) => event.claims.includes(claimId)),
  };
}
