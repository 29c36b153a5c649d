// `@dossier/api`: the contract. Router, in-process caller, context and the Router types; no
// server, no environment reading, nothing that starts I/O on import. The HTTP server lives in
// apps/server, the input schemas in `@dossier/api/inputs`, the HTTP client in `@dossier/api/client`.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { appRouter, type AppRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { appRouter, type AppRouter };
export { createContextInner, type Context } from "./context";
export { openLibrary, sharedLibrary, type Library, type StoryEntry } from "./library";
export { CONTRACT_LIMITS } from "./limits";

/** Calls the router in-process: `createCaller(createContextInner()).story.overview({ storyId })`. */
export const createCaller = createCallerFactory(appRouter);

/** What each procedure takes, e.g. `RouterInputs["claims"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure answers, e.g. `RouterOutputs["story"]["overview"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
