// The router over the stories bundled with the bin, opened in this process. The bin carries this
// module as its own chunk, compiled only when a command or the reader first needs it (see
// build.mjs and ./routerChunk.ts), so the first frame never parses zod, the domain and the data.
import { createCaller, createContextInner, sharedLibrary } from "@dossier/api";

export function openEmbeddedRouter(): unknown {
  sharedLibrary();
  return createCaller(createContextInner());
}
