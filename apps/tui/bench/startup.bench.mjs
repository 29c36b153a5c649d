// `pnpm -F @dossier/tui bench`: how fast `dossier` shows its first full Overview in a real
// pseudo-terminal, against Ink's unbundled hello world started the same way; the peak memory of
// that start-up run (the target) and, for reference, of a tour of every screen; and how
// fast `dossier claims --json` answers in a pipe. Medians of interleaved runs.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { timeInPty } from "./pty.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const bin = here("../dist/dossier.js");
if (!existsSync(bin)) execFileSync(process.execPath, [here("../build.mjs")], { stdio: "inherit" });

// The same hello world bundled and minified in production mode, for reference (not a target).
const bundledHello = join(mkdtempSync(join(tmpdir(), "dossier-bench-")), "hello.mjs");
await build({
  entryPoints: [here("./hello.mjs")],
  outfile: bundledHello,
  bundle: true,
  platform: "node",
  format: "esm",
  minify: true,
  define: { "process.env.NODE_ENV": '"production"' },
  alias: { "react-devtools-core": here("../build/devtools-stub.js") },
  banner: { js: 'import { createRequire as __r } from "node:module"; const require = __r(import.meta.url);' },
  logLevel: "warning",
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Wall time of a command in a pipe, from spawn to exit. */
function timeInPipe(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return performance.now() - started;
}

const hello = [];
const helloBundled = [];
const helloPeaks = [];
const overview = [];
const peaks = [];
const sessionPeaks = [];
const claimsJson = [];
// Every screen, a claim opened, the source stepped through, and a search typed.
const TOUR = ["2", "\r", "\u001b", "3", "4", "\r", "5", "6", "7", "j", "j", "\r", "8", "/", "f", "o", "o", "d", "\r"];
await timeInPty([process.execPath, bin], { marker: "Key points" }); // warm the file cache once
for (let run = 0; run < RUNS; run++) {
  const plain = await timeInPty([process.execPath, here("./hello.mjs")], { marker: "Hello world" });
  hello.push(plain.ms);
  if (plain.peakMiB !== null) helloPeaks.push(plain.peakMiB);
  helloBundled.push((await timeInPty([process.execPath, bundledHello], { marker: "Hello world" })).ms);
  // The first full Overview frame: the status board's heading is drawn with the rest of the page.
  const dossier = await timeInPty([process.execPath, bin], { marker: "How the article presents its claims" });
  overview.push(dossier.ms);
  if (dossier.peakMiB !== null) peaks.push(dossier.peakMiB);
  const session = await timeInPty([process.execPath, bin], { marker: "How the article presents its claims", after: TOUR });
  if (session.peakMiB !== null) sessionPeaks.push(session.peakMiB);
  claimsJson.push(timeInPipe([bin, "claims", "--json"]));
}

const figures = {
  helloUnbundled: median(hello),
  helloBundled: median(helloBundled),
  overview: median(overview),
  claimsJson: median(claimsJson),
  peakMiB: peaks.length ? median(peaks) : NaN,
  sessionPeakMiB: sessionPeaks.length ? median(sessionPeaks) : NaN,
  helloPeakMiB: helloPeaks.length ? median(helloPeaks) : NaN,
};
const ratio = figures.overview / figures.helloUnbundled;
const ms = (value) => `${value.toFixed(0)} ms`;
const runs = (values) => values.map((value) => value.toFixed(0)).join(" ");
console.log(`dossier startup, ${RUNS} interleaved runs each, medians (120x40 pseudo-terminal via script(1)):`);
console.log(`  Ink hello world, unbundled          ${ms(figures.helloUnbundled)}`);
console.log(`  Ink hello world, bundled (reference) ${ms(figures.helloBundled)}`);
console.log(
  `  dossier, first full Overview frame  ${ms(figures.overview)}  (${ratio.toFixed(2)}x the unbundled hello world; target <= 0.50x)`,
);
console.log(`  Ink hello world, peak memory        ${figures.helloPeakMiB.toFixed(1)} MiB`);
console.log(`  dossier, peak memory to the Overview ${figures.peakMiB.toFixed(1)} MiB  (target <= 80 MiB)`);
console.log(
  `  dossier, peak memory over a tour of every screen ${figures.sessionPeakMiB.toFixed(1)} MiB  (for reference: the target is the start-up run's)`,
);
console.log(
  `  runs (ms): hello ${runs(hello)} | bundled ${runs(helloBundled)} | overview ${runs(overview)} | claims --json ${runs(claimsJson)}`,
);
console.log(
  `  dossier claims --json, in a pipe    ${ms(figures.claimsJson)}  (${(figures.claimsJson / figures.helloUnbundled).toFixed(2)}x the hello world; target <= 0.50x)`,
);

const missed = [
  ratio > 0.5 && "the first Overview frame is slower than 0.5x the unbundled hello world",
  !(figures.peakMiB <= 80) && "peak memory to the first frame is above 80 MiB",
  figures.claimsJson / figures.helloUnbundled > 0.5 && "claims --json is slower than 0.5x the hello world",
].filter(Boolean);
for (const miss of missed) console.error(`missed: ${miss}`);
process.exitCode = missed.length ? 1 : 0;
