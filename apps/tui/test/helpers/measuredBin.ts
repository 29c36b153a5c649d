// The built bin run as a user runs it, `node dist/dossier.js …` in a child process, measured from
// the spawn to the exit: how long it took, and its peak resident memory (reported by the bin's own
// process as it exits, through the preloaded peakRss.mjs).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../dist/dossier.js", import.meta.url));
const PEAK_RSS = fileURLToPath(new URL("./peakRss.mjs", import.meta.url));

export interface MeasuredRun {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  peakRssKiB: number;
}

/** Runs the bin; a run still going after `killAfterMs` is killed and reported as such. */
export function runBin(args: string[], { killAfterMs = 30_000 } = {}): Promise<MeasuredRun> {
  const scratch = mkdtempSync(join(tmpdir(), "dossier-rss-"));
  const rssFile = join(scratch, "peak");
  return new Promise<MeasuredRun>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DOSSIER_TEST_PEAK_RSS: rssFile };
    delete env.DOSSIER_API;
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", PEAK_RSS, BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const killer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("error", reject);
    let elapsedMs = 0;
    // The clock stops when the process ends; its output is complete once its pipes close.
    child.on("exit", () => {
      elapsedMs = performance.now() - started;
      clearTimeout(killer);
    });
    child.on("close", (code, signal) => {
      if (signal) return reject(new Error(`the bin was killed (${signal}) after ${Math.round(elapsedMs)} ms: ${stderr}`));
      resolve({ code, stdout, stderr, elapsedMs, peakRssKiB: Number(readFileSync(rssFile, "utf8")) });
    });
  }).finally(() => rmSync(scratch, { recursive: true, force: true }));
}
