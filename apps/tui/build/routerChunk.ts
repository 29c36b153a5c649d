// Stands in for src/data/routerChunk.ts in the bin (see build.mjs): the embedded router, bundled on
// its own as CommonJS and carried here as a string, is compiled the first time a command or the
// reader needs it. A string costs the first frame a scan for its closing quote, not a parse of the
// ~350 KiB of code behind it.

declare const __DOSSIER_ROUTER_CHUNK__: string;

interface Chunk {
  openEmbeddedRouter: () => unknown;
}

export function openEmbeddedRouter(): Promise<unknown> {
  const module = { exports: {} as Partial<Chunk> };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is this bin's own, built with it
  const evaluate = new Function("module", "exports", "require", __DOSSIER_ROUTER_CHUNK__) as (
    module: object,
    exports: object,
    require: NodeJS.Require,
  ) => void;
  evaluate(module, module.exports, require);
  return Promise.resolve((module.exports as Chunk).openEmbeddedRouter());
}
