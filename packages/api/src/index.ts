// The public face of @dossier/api. Front ends that talk HTTP import the AppRouter TYPE only.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { appRouter, type AppRouter } from "./root.js";
import { createCallerFactory } from "./trpc.js";

export { appRouter, type AppRouter };
export { createContextInner, type Context } from "./context.js";
export { openLibrary, sharedLibrary, storiesRoot, type Library, type StoryEntry } from "./library.js";
export { serve, type DossierServer, type ServeOptions } from "./server/serve.js";
export { configFromEnv, DEFAULT_CONFIG, type ServerConfig } from "./server/config.js";

/** Calls the router in-process: `createCaller(createContextInner()).story.overview({ storyId })`. */
export const createCaller = createCallerFactory(appRouter);

/** What each procedure takes, e.g. `RouterInputs["claims"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure answers, e.g. `RouterOutputs["story"]["overview"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
