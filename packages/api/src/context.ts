import { sharedLibrary, type Library } from "./library";

/** What every procedure sees: the stories, and the request it serves (for error messages and logs). */
export interface Context {
  library: Library;
  requestId: string;
}

/** The context without any transport: what tests, createCaller and every adapter build on. */
export function createContextInner(options: Partial<Context> = {}): Context {
  return {
    library: options.library ?? sharedLibrary(),
    requestId: options.requestId ?? "in-process",
  };
}
