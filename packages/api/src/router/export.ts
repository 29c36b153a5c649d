import { exportStory } from "@dossier/domain";
import { createTRPCRouter } from "../trpc";
import { storyProcedure } from "../storyProcedure";
import { ExportInput } from "../inputs";

export const exportRouter = createTRPCRouter({
  /** The story as a file: the model, schema.org JSON-LD, FollowTheMoney, PLOVER-style events, or CSV; each names its data version. */
  story: storyProcedure.input(ExportInput).query(({ ctx, input }) => exportStory(ctx.story, input.format, ctx.version)),
});
