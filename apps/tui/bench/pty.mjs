// Runs a command in a real pseudo-terminal (util-linux `script`, sized with stty), times the moment
// a marker first appears in what the terminal receives, and reads the process's peak memory
// (GNU time's maximum resident set size) once it has quit.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const quote = (part) => `'${part.replace(/'/g, "'\\''")}'`;
const scratch = mkdtempSync(join(tmpdir(), "dossier-pty-"));
let runs = 0;

/**
 * Starts `command` in a columns x rows pseudo-terminal; resolves when `marker` has been drawn with
 * the milliseconds since spawn and, once `after` keys (screens to visit) and q are sent and the
 * process has ended, its peak memory in MiB.
 */
export function timeInPty(command, { marker, columns = 120, rows = 40, env = {}, after = [], timeoutMs = 15_000 }) {
  return new Promise((resolve, reject) => {
    const rssFile = join(scratch, `rss-${++runs}`);
    const shell = `stty cols ${columns} rows ${rows}; exec /usr/bin/time -f %M -o ${quote(rssFile)} ${command.map(quote).join(" ")}`;
    // Ink draws only the last frame when CI is set (to anything), so the run drops it.
    const { CI: _ci, CONTINUOUS_INTEGRATION: _cci, ...inherited } = process.env;
    const started = performance.now();
    const child = spawn("script", ["-q", "-f", "-e", "-c", shell, "/dev/null"], {
      env: { ...inherited, TERM: "xterm-256color", ...env },
      stdio: ["pipe", "pipe", "inherit"],
    });
    let seen = "";
    let firstFrameMs = null;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command.join(" ")}: no "${marker}" within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stdout.on("data", async (chunk) => {
      if (firstFrameMs !== null) return;
      seen += chunk.toString("utf8");
      if (!seen.includes(marker)) return;
      firstFrameMs = performance.now() - started;
      // Keys typed before the reader has put the terminal in raw mode wait in the line discipline.
      await new Promise((r) => setTimeout(r, 300));
      for (const key of after) {
        child.stdin.write(key);
        await new Promise((r) => setTimeout(r, 150));
      }
      child.stdin.write("q");
      setTimeout(() => child.kill("SIGTERM"), 2000).unref();
    });
    child.on("exit", async () => {
      await new Promise((r) => setTimeout(r, 50));
      clearTimeout(timer);
      if (firstFrameMs === null) return reject(new Error(`${command.join(" ")} exited before "${marker}"`));
      let peakMiB = null;
      try {
        peakMiB = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) / 1024;
      } catch {
        // GNU time wrote nothing (killed): no figure.
      }
      resolve({ ms: firstFrameMs, peakMiB });
    });
  });
}
