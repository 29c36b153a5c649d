import type { Story } from "../schema/story";
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from "../schema/claim";
import { inSourceOrder } from "./sourceOrder";

export interface ClaimGroup {
  status: ClaimStatus;
  claims: Claim[];
}

/** Claims grouped by how the article presents them, in CLAIM_STATUSES order; no empty group. */
export function claimsByStatus(story: Story): ClaimGroup[] {
  const ordered = inSourceOrder(story.claims);
  return CLAIM_STATUSES.map((status) => ({ status, claims: ordered.filter((c) => c.status === status) })).filter(
    (group) => group.claims.length > 0,
  );
}
