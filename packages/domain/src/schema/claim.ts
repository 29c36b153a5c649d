import { z } from "zod";
import { CLAIM_ROLES, CLAIM_STATUSES } from "../vocabulary";
import { Prose } from "./prose";
import { ClaimId, EntityId, InstrumentId, QuantityId, TimeId } from "./ids";
import { Span, Spans } from "./span";

export { CLAIM_STATUSES };
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** The grammatical force of the claim as worded. */
export const Modality = z.enum(["asserted", "hedged", "conditional", "negated", "future", "attempted"]);
export type Modality = z.infer<typeof Modality>;

/** What the claim does in the story. */
export { CLAIM_ROLES };
export const ClaimRole = z.enum(CLAIM_ROLES);
export type ClaimRole = z.infer<typeof ClaimRole>;

/**
 * The channel the text names between the claimant (or speaker) and the reader, when the words
 * reach us through someone else: a spokesman who "takes note of" another's statements, or a
 * written statement that carries an official's words. `span` holds the words that name it.
 */
export const Relay = z
  .object({
    via: EntityId.describe("Who passes the words on, as the text names them."),
    span: Span.describe("The words that name the channel ('we have taken note of', 'the statement')."),
  })
  .strict();
export type Relay = z.infer<typeof Relay>;

/**
 * Who the article says makes the claim: `stated` when the text names the claimant, `inferred`
 * when we read it from context (then `reason` says why), `article-voice` when nobody is named.
 * `relay`, when present, records who the text says passed the words on.
 */
export const Attribution = z
  .object({
    kind: z.enum(["stated", "inferred", "article-voice"]),
    reason: Prose.nullable().describe("Why an inferred attribution was inferred."),
    relay: Relay.optional().describe("Who passes the words on to the reader, where that is not the claimant."),
  })
  .strict()
  .refine((a) => (a.kind === "inferred") === (a.reason !== null), {
    error: "an inferred attribution needs a reason, and only an inferred one has one",
    path: ["reason"],
  });
export type Attribution = z.infer<typeof Attribution>;

/**
 * One place the claim is told (schema.org Claim.appearance). The same claim may appear in
 * the headline, a bullet, the body and a caption, attributed in some and not in others.
 */
export const ClaimAppearance = z
  .object({
    spans: Spans,
    reportingVerb: Span.nullable().describe("The verb that attributes it here ('charged', 'said')."),
    attributed: z.boolean().describe("False where this appearance states the claim with no source."),
  })
  .strict();
export type ClaimAppearance = z.infer<typeof ClaimAppearance>;

export const ClaimRelationKind = z.enum(["elaborates", "repeats", "supports", "qualifies", "contrasts", "context-for"]);
export type ClaimRelationKind = z.infer<typeof ClaimRelationKind>;

export const ClaimRelation = z
  .object({
    claim: ClaimId,
    relation: ClaimRelationKind,
  })
  .strict();
export type ClaimRelation = z.infer<typeof ClaimRelation>;

export const Claim = z
  .object({
    id: ClaimId,
    text: Prose.describe("The claim in the project's own neutral words."),
    claimant: EntityId.nullable().describe("Who makes the claim; null in the article's own voice."),
    attribution: Attribution,
    status: ClaimStatus,
    modality: Modality,
    role: ClaimRole,
    about: z.array(EntityId).describe("Entities the claim is about (schema.org about)."),
    mentions: z.array(EntityId).describe("Other entities it names (schema.org mentions)."),
    appearances: z.array(ClaimAppearance).min(1),
    quantities: z.array(QuantityId),
    times: z.array(TimeId),
    instruments: z.array(InstrumentId).describe("Laws or resolutions the claim invokes."),
    related: z.array(ClaimRelation),
  })
  .strict()
  .refine((c) => (c.attribution.kind === "article-voice") === (c.claimant === null), {
    error: "a claim has a claimant exactly when its attribution is not the article's own voice",
    path: ["claimant"],
  });
export type Claim = z.infer<typeof Claim>;
