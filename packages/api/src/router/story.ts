import { createTRPCRouter } from "../trpc";
import { storyProcedure } from "../storyProcedure";
import { StoryInput } from "../inputs";

export const storyRouter = createTRPCRouter({
  /** Title, summary, key points with their claims, source metadata and counts. */
  overview: storyProcedure.input(StoryInput).query(({ ctx }) => ctx.derived.overview),
  /** The verbatim text, its parts, and every annotation span with its atom kind and id. */
  source: storyProcedure.input(StoryInput).query(({ ctx }) => {
    const { text, metadata, parts } = ctx.story.source;
    return { text, metadata, parts, annotations: ctx.derived.annotations };
  }),
  /** Events by time, undated ones last, each with its time as written and its mode. */
  timeline: storyProcedure.input(StoryInput).query(({ ctx }) => ctx.derived.timeline),
  /** Who deals with whom: entities as nodes, typed edges with the atoms behind them. */
  network: storyProcedure.input(StoryInput).query(({ ctx }) => ctx.derived.network),
});
