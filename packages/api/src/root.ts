import { createTRPCRouter } from "./trpc.js";
import { storiesRouter } from "./router/stories.js";
import { storyRouter } from "./router/story.js";
import { claimsRouter } from "./router/claims.js";
import { quotationsRouter } from "./router/quotations.js";
import { entitiesRouter } from "./router/entities.js";
import { searchRouter } from "./router/search.js";
import { exportRouter } from "./router/export.js";

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
