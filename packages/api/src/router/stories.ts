import { createTRPCRouter, publicProcedure } from "../trpc";
import { NoInput } from "../inputs";

export const storiesRouter = createTRPCRouter({
  /** Every story served, in catalog order: enough to list and link them. */
  list: publicProcedure.input(NoInput).query(({ ctx }) =>
    [...ctx.library.stories.values()].map(({ derived: { overview } }) => ({
      id: overview.id,
      title: overview.title,
      summary: overview.summary,
      publisher: overview.source.metadata.publisher,
      published: overview.source.metadata.published,
    })),
  ),
});
