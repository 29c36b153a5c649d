import type { Modality } from "../schema/claim";
import type { EventMode } from "../schema/event";
import type { Story } from "../schema/story";
import type { StoryIssue } from "./issue";

/**
 * Which claim modalities may tell of an event in each mode. A claim must not tell an event as
 * more real, or real in another way, than the event's mode says:
 * - historical, ongoing: told as real, so `asserted`; a claim that tells it as anything else
 *   (planned, conditional, tried, not so) contradicts the event.
 * - planned: `future` — a plan is not a deed.
 * - hypothetical: `conditional` — it would follow if something else held.
 * - negated: `negated` — the claim says it did not happen.
 * - attempted: `attempted` — a try whose outcome is not told; `asserted` would read as done.
 * `hedged` fits every mode: it lowers how sure the claim is, not what kind of event it tells of.
 * Exception (see below): a denial, worded `negated`, may tell of the act of denying itself.
 */
export const MODALITIES_BY_EVENT_MODE: Readonly<Record<EventMode, readonly Modality[]>> = {
  historical: ["asserted", "hedged"],
  ongoing: ["asserted", "hedged"],
  planned: ["future", "hedged"],
  hypothetical: ["conditional", "hedged"],
  negated: ["negated", "hedged"],
  attempted: ["attempted", "hedged"],
};

/** A denial's words are negated, yet the statement denying did happen: the event may be that statement. */
const isDenialOfRecord = (claim: Story["claims"][number], mode: EventMode) =>
  claim.status === "denial" && claim.modality === "negated" && mode === "historical";

/** Each claim's modality agrees with the mode of every event it tells of. */
export function checkModalities(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const claims = new Map(story.claims.map((claim, i) => [claim.id, { claim, i }]));
  for (const event of story.events) {
    const allowed = MODALITIES_BY_EVENT_MODE[event.mode];
    for (const id of event.claims) {
      const found = claims.get(id);
      if (!found || allowed.includes(found.claim.modality) || isDenialOfRecord(found.claim, event.mode)) continue;
      issues.push({
        path: ["claims", found.i, "modality"],
        reason: `${id} is ${found.claim.modality} but tells of ${event.id}, whose mode is ${event.mode}; a claim telling of an event in that mode is ${allowed.join(" or ")}`,
      });
    }
  }
  return issues;
}

/** An appearance is attributed exactly when the text gives the words that attribute it there. */
export function checkAttributedFlags(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  story.claims.forEach((claim, i) =>
    claim.appearances.forEach((appearance, j) => {
      const hasVerb = appearance.reportingVerb !== null;
      if (appearance.attributed !== hasVerb) {
        issues.push({
          path: ["claims", i, "appearances", j, "attributed"],
          reason: hasVerb
            ? "the appearance has a reporting verb, so it is attributed"
            : "an attributed appearance needs the reporting verb (or phrase) that attributes it; with none in its sentence it is not attributed",
        });
      }
    }),
  );
  return issues;
}

/** A relay passes on someone else's words: the claimant or speaker cannot relay itself. */
export function checkRelays(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const check = (collection: "claims" | "quotations", i: number, who: string | null, via: string | undefined) => {
    if (via !== undefined && via === who) {
      issues.push({ path: [collection, i, "attribution", "relay", "via"], reason: `${via} cannot relay its own words` });
    }
  };
  story.claims.forEach((claim, i) => check("claims", i, claim.claimant, claim.attribution.relay?.via));
  story.quotations.forEach((quote, i) => check("quotations", i, quote.speaker, quote.attribution.relay?.via));
  return issues;
}
