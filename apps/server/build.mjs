// Bundles the server into one file, dist/server.js, run in production as `node dist/server.js`.
// `--if-needed` skips the build when no input changed since the last one (what `start` uses).
import { build } from "esbuild";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Every path from this file's folder, so the build works from any working directory (the root's
// `pnpm api`). esbuild is told its folder (absWorkingDir) rather than the process changing its
// own: esbuild reads the working directory when it is imported, before any line here runs.
const HERE = fileURLToPath(new URL(".", import.meta.url));
const OUT = resolve(HERE, "dist/server.js");
const META = resolve(HERE, "dist/meta.json");

function upToDate() {
  if (!existsSync(OUT) || !existsSync(META)) return false;
  const built = statSync(OUT).mtimeMs;
  // The metafile names inputs relative to absWorkingDir.
  const inputs = Object.keys(JSON.parse(readFileSync(META, "utf8")).inputs).map((file) => resolve(HERE, file));
  return inputs.every((file) => existsSync(file) && statSync(file).mtimeMs <= built);
}

if (!(process.argv.includes("--if-needed") && upToDate())) {
  const result = await build({
    absWorkingDir: HERE,
    entryPoints: [resolve(HERE, "src/main.ts")],
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
