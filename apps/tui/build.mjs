// One ESM file for `node`: every dependency bundled, React in production mode, Ink's optional
// devtools replaced by a stub (it is imported statically but used only with DEV=true). How each
// step serves the first frame is in README.md, "How the bin starts fast".
import { build } from "esbuild";
import { chmod, rm } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { binVersionOf, englishOnlyZod, lazyStringWidth, yogaWithoutFetch } from "./build/plugins.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outfile = here("./dist/dossier.js");

// The first frame's answers, asked of the real router now, and the stories as shippedCatalog()
// proves them (build/prerender.ts): both carried in the bundle.
const prerenderFile = here("./dist/prerender.mjs");
await build({
  entryPoints: [here("./build/prerender.ts")],
  outfile: prerenderFile,
  bundle: true,
  platform: "node",
  format: "esm",
  logLevel: "warning",
});
const { prerender, provenCatalog } = await import(`${pathToFileURL(prerenderFile).href}?${Date.now()}`);
const answers = await prerender();
const catalog = provenCatalog();
await rm(prerenderFile);

const minify = process.env.DOSSIER_DEBUG_BUILD !== "1";
const shared = { bundle: true, platform: "node", target: "node20", minify, legalComments: "none", logLevel: "warning" };

// The router over the bundled stories (src/data/embeddedRouter.ts), bundled on its own as
// CommonJS and carried in the bin as a string, compiled when first needed (build/routerChunk.ts).
const chunk = await build({
  ...shared,
  entryPoints: [here("./src/data/embeddedRouter.ts")],
  format: "cjs",
  write: false,
  plugins: [englishOnlyZod],
  define: { "process.env.NODE_ENV": '"production"', __DOSSIER_CATALOG__: JSON.stringify(JSON.stringify(catalog)) },
  // The stories as the build proved them (build/shipped.ts), not the modules proven again at run time.
  alias: { "@dossier/domain/shipped": here("./build/shipped.ts") },
});
const chunkCode = chunk.outputFiles[0].text;

const result = await build({
  ...shared,
  entryPoints: [here("./src/bin/dossier.ts")],
  outfile,
  format: "esm",
  metafile: true,
  plugins: [yogaWithoutFetch, lazyStringWidth, binVersionOf("routerChunk")],
  define: {
    "process.env.NODE_ENV": '"production"',
    __DOSSIER_PRERENDERED__: JSON.stringify(JSON.stringify(answers)),
    __DOSSIER_ROUTER_CHUNK__: JSON.stringify(chunkCode),
  },
  alias: { "react-devtools-core": here("./build/devtools-stub.js"), ws: here("./build/ws-stub.js") },
  // CommonJS dependencies call require() for Node's built-ins; give the ESM bundle a real one.
  banner: {
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __dossierRequire } from "node:module";',
      "const require = __dossierRequire(import.meta.url);",
    ].join("\n"),
  },
});
await chmod(outfile, 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.error(
  `dist/dossier.js: ${(bytes / 1024).toFixed(0)} KiB, of which the router chunk ${(chunkCode.length / 1024).toFixed(0)} KiB`,
);
