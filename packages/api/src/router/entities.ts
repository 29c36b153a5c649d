import { z } from "zod";
import { entityDossier } from "@dossier/domain";
import { createTRPCRouter } from "../trpc";
import { missing, storyProcedure } from "../storyProcedure";
import { EntityIdInput } from "../inputs";

export const entitiesRouter = createTRPCRouter({
  /** Every person, country, body and group the story names, with their mentions. */
  list: storyProcedure.query(({ ctx }) => ctx.story.entities),
  /** One entity: mentions with the title each gives, claims and quotes by and about it, links. */
  detail: storyProcedure
    .input(z.object({ entityId: EntityIdInput }))
    .query(
      ({ ctx, input }) =>
        entityDossier(ctx.story, input.entityId, ctx.derived.network.edges) ?? missing(ctx.story.id, "entity", input.entityId),
    ),
});
