import { EXPORT_FORMATS } from "@dossier/domain";
import { STORY_ID } from "./fixtures";

const storyId = STORY_ID;

/** Inputs for every procedure of the router over the fixture story: successes first, then refusals. */
export const PROCEDURE_CASES: Record<string, unknown[]> = {
  "stories.list": [undefined],
  "story.overview": [{ storyId }],
  "story.source": [{ storyId }],
  "story.timeline": [{ storyId }],
  "story.network": [{ storyId }],
  "claims.list": [
    { storyId },
    { storyId, status: "allegation" },
    { storyId, role: "reaction", entity: "body.harbour-council" },
    { storyId, claimant: "person.mara-quill" },
  ],
  "claims.byStatus": [{ storyId }],
  "claims.detail": ["claim.vote", "claim.unsafe", "claim.not-consulted", "claim.council-denies"].map((claimId) => ({
    storyId,
    claimId,
  })),
  "quotations.list": [{ storyId }],
  "quotations.detail": [{ storyId, quotationId: "quote.safety" }],
  "entities.list": [{ storyId }],
  "entities.detail": ["body.harbour-council", "person.mara-quill", "group.traders"].map((entityId) => ({ storyId, entityId })),
  "search.query": [
    { storyId, query: "council" },
    { storyId, query: "market traders", kinds: ["claim", "quotation"], limit: 2 },
  ],
  "export.story": EXPORT_FORMATS.map((format) => ({ storyId, format })),
};

/** A procedure's first good input, for a story that does not exist: it must answer NOT_FOUND. */
export function unknownStoryInput(path: string): unknown {
  return { ...(PROCEDURE_CASES[path]?.[0] as object), storyId: "no-such-story" };
}
