// The public face of @dossier/api. Front ends that talk HTTP import the AppRouter TYPE only.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { appRouter, type AppRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { appRouter, type AppRouter };
export { createContextInner, type Context } from "./context";
export { openLibrary, sharedLibrary, storiesRoot, type Library, type StoryEntry } from "./library";
export { serve, type DossierServer, type ServeOptions } from "./server/serve";
export { configFromEnv, DEFAULT_CONFIG, type ServerConfig } from "./server/config";

/** Calls the router in-process: `createCaller(createContextInner()).story.overview({ storyId })`. */
export const createCaller = createCallerFactory(appRouter);

/** What each procedure takes, e.g. `RouterInputs["claims"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure answers, e.g. `RouterOutputs["story"]["overview"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
