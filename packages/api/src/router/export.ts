import { exportStory } from "@dossier/domain";
import { createTRPCRouter } from "../trpc";
import { storyProcedure } from "../storyProcedure";
import { ExportInput } from "../inputs";

export const exportRouter = createTRPCRouter({
  /** The story as a file: the model as JSON, the claims as CSV, or schema.org JSON-LD. */
  story: storyProcedure.input(ExportInput).query(({ ctx, input }) => exportStory(ctx.story, input.format)),
});
