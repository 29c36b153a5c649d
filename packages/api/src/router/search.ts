import { createTRPCRouter } from "../trpc";
import { storyProcedure } from "../storyProcedure";
import { SearchInput } from "../inputs";

export const searchRouter = createTRPCRouter({
  /** Full-text search over every atom of a story, best first, each hit pointing at its words in the source. */
  query: storyProcedure
    .input(SearchInput)
    .query(({ ctx, input }) => ctx.derived.search.search(input.query, { kinds: input.kinds, limit: input.limit })),
});
