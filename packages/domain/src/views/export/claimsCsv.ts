import type { Story } from "../../schema/story";
import { lookupOf } from "../lookup";
import { inSourceOrder } from "../sourceOrder";
import { toCsv } from "./csv";
import { firstOf } from "./provenance";

export const CLAIMS_CSV_HEADER = [
  "id",
  "status",
  "role",
  "modality",
  "claimant",
  "claimant_name",
  "attribution",
  "text",
  "first_span",
  "first_start",
  "first_end",
  "source_sha256",
  "data_version",
] as const;

/** One row per claim, in source order, under a header row; offsets point into the source text. */
export function claimsCsv(story: Story, dataVersion: string): string {
  const { entities } = lookupOf(story);
  const rows = inSourceOrder(story.claims).map((claim) => {
    const first = firstOf(claim.appearances.flatMap((appearance) => appearance.spans));
    return [
      claim.id,
      claim.status,
      claim.role,
      claim.modality,
      claim.claimant,
      claim.claimant === null ? null : (entities.get(claim.claimant)?.name ?? null),
      claim.attribution.kind,
      claim.text,
      first?.exact ?? null,
      first?.start ?? null,
      first?.end ?? null,
      story.source.sha256,
      dataVersion,
    ];
  });
  return toCsv([CLAIMS_CSV_HEADER, ...rows]);
}
