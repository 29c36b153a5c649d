import type { Story } from "../schema/story";
import type { Claim, ClaimRole, ClaimStatus } from "../schema/claim";
import { inSourceOrder } from "./sourceOrder";

/** Every field narrows the list; an absent field does not. */
export interface ClaimFilter {
  status?: ClaimStatus;
  role?: ClaimRole;
  /** Entity id of who makes the claim. */
  claimant?: string;
  /** Entity id that makes the claim, or that it is about or mentions. */
  entity?: string;
}

export function claimInvolves(claim: Claim, entityId: string): boolean {
  return claim.claimant === entityId || claim.about.includes(entityId) || claim.mentions.includes(entityId);
}

/** The claims that pass the filter, in source order. */
export function filterClaims(story: Story, filter: ClaimFilter = {}): Claim[] {
  const { status, role, claimant, entity } = filter;
  return inSourceOrder(
    story.claims.filter(
      (claim) =>
        (status === undefined || claim.status === status) &&
        (role === undefined || claim.role === role) &&
        (claimant === undefined || claim.claimant === claimant) &&
        (entity === undefined || claimInvolves(claim, entity)),
    ),
  );
}
