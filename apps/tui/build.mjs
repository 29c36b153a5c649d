// One ESM file for `node`: every dependency bundled, React in production mode, Ink's optional
// devtools replaced by a stub (it is imported statically but used only with DEV=true).
import { build } from "esbuild";
import { chmod, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outfile = here("./dist/dossier.js");

// The first frame's answers, asked of the real router now (build/prerender.ts) and carried in the bundle.
const prerenderFile = here("./dist/prerender.mjs");
await build({
  entryPoints: [here("./build/prerender.ts")],
  outfile: prerenderFile,
  bundle: true,
  platform: "node",
  format: "esm",
  logLevel: "warning",
});
const { prerender } = await import(`${pathToFileURL(prerenderFile).href}?${Date.now()}`);
const answers = await prerender();
await rm(prerenderFile);

/** zod re-exports ~40 locales as `z.locales`; nothing here reads them, so only English is bundled. */
const englishOnlyZod = {
  name: "english-only-zod",
  setup(build) {
    build.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), args.path), namespace: "zod-locales" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(args.path),
    }));
  },
};

const result = await build({
  entryPoints: [here("./src/bin/dossier.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: process.env.DOSSIER_DEBUG_BUILD !== "1",
  legalComments: "none",
  metafile: true,
  plugins: [englishOnlyZod],
  define: { "process.env.NODE_ENV": '"production"', __DOSSIER_PRERENDERED__: JSON.stringify(JSON.stringify(answers)) },
  alias: { "react-devtools-core": here("./build/devtools-stub.js"), ws: here("./build/ws-stub.js") },
  // CommonJS dependencies call require() for Node's built-ins; give the ESM bundle a real one.
  banner: {
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __dossierRequire } from "node:module";',
      "const require = __dossierRequire(import.meta.url);",
    ].join("\n"),
  },
  logLevel: "warning",
});
await chmod(outfile, 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.error(`dist/dossier.js: ${(bytes / 1024).toFixed(0)} KiB`);
