// One ESM file for `node`: every dependency bundled, React in production mode, Ink's optional
// devtools replaced by a stub (it is imported statically but used only with DEV=true).
import { build } from "esbuild";
import { chmod } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outfile = here("./dist/dossier.js");

const result = await build({
  entryPoints: [here("./src/bin/dossier.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "none",
  metafile: true,
  define: { "process.env.NODE_ENV": '"production"' },
  alias: { "react-devtools-core": here("./build/devtools-stub.js") },
  // CommonJS dependencies call require() for Node's built-ins; give the ESM bundle a real one.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __dossierRequire } from "node:module";\nconst require = __dossierRequire(import.meta.url);',
  },
  logLevel: "warning",
});
await chmod(outfile, 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`dist/dossier.js: ${(bytes / 1024).toFixed(0)} KiB`);
