import { createTRPCRouter } from "./trpc";
import { storiesRouter } from "./router/stories";
import { storyRouter } from "./router/story";
import { claimsRouter } from "./router/claims";
import { quotationsRouter } from "./router/quotations";
import { entitiesRouter } from "./router/entities";
import { searchRouter } from "./router/search";
import { exportRouter } from "./router/export";

/** The contract: the web app and the terminal UI consume nothing else. */
export const appRouter = createTRPCRouter({
  stories: storiesRouter,
  story: storyRouter,
  claims: claimsRouter,
  quotations: quotationsRouter,
  entities: entitiesRouter,
  search: searchRouter,
  export: exportRouter,
});

export type AppRouter = typeof appRouter;
