import type { Story } from "../../schema/story";
import type { Claim } from "../../schema/claim";
import { lookupOf } from "../lookup";
import { inSourceOrder } from "../sourceOrder";
import { toCsv } from "./csv";

export const CLAIMS_CSV_HEADER = ["id", "status", "role", "modality", "claimant", "claimant_name", "text", "first_span"] as const;

/** The words of the claim that come first in the text. */
function firstSpan(claim: Claim): string {
  const spans = claim.appearances.flatMap((appearance) => appearance.spans);
  return spans.reduce((first, span) => (span.start < first.start ? span : first), spans[0]!).exact;
}

/** One row per claim, in source order, under a header row. */
export function claimsCsv(story: Story): string {
  const { entities } = lookupOf(story);
  const rows = inSourceOrder(story.claims).map((claim) => [
    claim.id,
    claim.status,
    claim.role,
    claim.modality,
    claim.claimant,
    claim.claimant === null ? null : (entities.get(claim.claimant)?.name ?? null),
    claim.text,
    firstSpan(claim),
  ]);
  return toCsv([CLAIMS_CSV_HEADER, ...rows]);
}
