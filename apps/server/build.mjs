// Bundles the server into one file, dist/server.js, run in production as `node dist/server.js`.
// `--if-needed` skips the build when no input changed since the last one (what `start` uses).
import { build } from "esbuild";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Paths from this file's folder, so the build works from any working directory (the root's `pnpm api`).
process.chdir(fileURLToPath(new URL(".", import.meta.url)));
const OUT = "dist/server.js";
const META = "dist/meta.json";

function upToDate() {
  if (!existsSync(OUT) || !existsSync(META)) return false;
  const built = statSync(OUT).mtimeMs;
  const inputs = Object.keys(JSON.parse(readFileSync(META, "utf8")).inputs);
  return inputs.every((file) => existsSync(file) && statSync(file).mtimeMs <= built);
}

if (!(process.argv.includes("--if-needed") && upToDate())) {
  const result = await build({
    entryPoints: ["src/main.ts"],
    outfile: OUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
    // pino and its helpers are CommonJS and may require Node's modules at run time.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  writeFileSync(META, JSON.stringify(result.metafile));
}
