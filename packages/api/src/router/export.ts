import { exportStory } from "@dossier/domain";
import { createTRPCRouter } from "../trpc.js";
import { storyProcedure } from "../storyProcedure.js";
import { ExportInput } from "../inputs.js";

export const exportRouter = createTRPCRouter({
  /** The story as a file: the model as JSON, the claims as CSV, or schema.org JSON-LD. */
  story: storyProcedure.input(ExportInput).query(({ ctx, input }) => exportStory(ctx.story, input.format)),
});
