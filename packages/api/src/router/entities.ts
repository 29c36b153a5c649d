import { entityDossier } from "@dossier/domain";
import { createTRPCRouter } from "../trpc";
import { missing, storyProcedure } from "../storyProcedure";
import { EntityDetailInput, StoryInput } from "../inputs";

export const entitiesRouter = createTRPCRouter({
  /** Every person, country, body and group the story names, with their mentions. */
  list: storyProcedure.input(StoryInput).query(({ ctx }) => ctx.story.entities),
  /** One entity: mentions with the title each gives, claims and quotes by and about it, links. */
  detail: storyProcedure
    .input(EntityDetailInput)
    .query(
      ({ ctx, input }) =>
        entityDossier(ctx.story, input.entityId, ctx.derived.network.edges) ?? missing(ctx.story.id, "entity", input.entityId),
    ),
});
