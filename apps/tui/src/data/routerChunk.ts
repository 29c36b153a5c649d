// Where the embedded router comes from when run from source (tests, tsx): the module itself.
// The bin swaps this file for build/routerChunk.ts, which compiles the router from a chunk it
// carries as a string, so its first frame never parses zod, the domain and the data.
export async function openEmbeddedRouter(): Promise<unknown> {
  const chunk = await import("./embeddedRouter");
  return chunk.openEmbeddedRouter();
}
