import { claimDetail, filterClaims } from "@dossier/domain";
import { createTRPCRouter } from "../trpc";
import { missing, storyProcedure } from "../storyProcedure";
import { ClaimDetailInput, ClaimFilterInput, StoryInput } from "../inputs";

export const claimsRouter = createTRPCRouter({
  /** Claims in source order, narrowed by status, role, claimant or an entity involved. */
  list: storyProcedure.input(ClaimFilterInput).query(({ ctx, input }) => {
    const { status, role, claimant, entity } = input;
    for (const id of [claimant, entity]) {
      if (id !== undefined && !ctx.derived.lookup.entities.has(id)) missing(ctx.story.id, "entity", id);
    }
    return filterClaims(ctx.story, { status, role, claimant, entity });
  }),
  /** Claims grouped by how the article presents them. */
  byStatus: storyProcedure.input(StoryInput).query(({ ctx }) => ctx.derived.claimsByStatus),
  /** One claim with its claimant, source excerpts, related claims, quotations and events. */
  detail: storyProcedure
    .input(ClaimDetailInput)
    .query(({ ctx, input }) => claimDetail(ctx.story, input.claimId) ?? missing(ctx.story.id, "claim", input.claimId)),
});
