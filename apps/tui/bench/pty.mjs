// Runs a command in a real pseudo-terminal (util-linux `script`, sized with stty) and times the
// moment a marker first appears in what the terminal receives; also reads the process's peak memory.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const quote = (part) => `'${part.replace(/'/g, "'\\''")}'`;

/** The pid of the node process `script` runs, found through its shell's children. */
function nodeChild(pid) {
  for (let depth = 0; depth < 3; depth++) {
    let children;
    try {
      children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    } catch {
      return null;
    }
    if (children.length === 0) return null;
    pid = Number(children[0]);
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "node") return pid;
    } catch {
      return null;
    }
  }
  return null;
}

const peakKiB = (pid) => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmHWM:"));
    return line ? Number(line.split(/\s+/)[1]) : null;
  } catch {
    return null;
  }
};

/**
 * Starts `command` in a columns x rows pseudo-terminal; resolves when `marker` has been drawn with
 * the milliseconds since spawn, then sends `after` keys (e.g. screens to visit, then q) and the peak memory.
 */
export function timeInPty(command, { marker, columns = 120, rows = 40, env = {}, after = [], timeoutMs = 15_000 }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const shell = `stty cols ${columns} rows ${rows}; exec ${command.map(quote).join(" ")}`;
    // Ink draws only the last frame when CI is set (to anything), so the run drops it.
    const { CI: _ci, CONTINUOUS_INTEGRATION: _cci, ...inherited } = process.env;
    const child = spawn("script", ["-q", "-f", "-e", "-c", shell, "/dev/null"], {
      env: { ...inherited, TERM: "xterm-256color", ...env },
      stdio: ["pipe", "pipe", "inherit"],
    });
    let seen = "";
    let firstFrameMs = null;
    let peak = null;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command.join(" ")}: no "${marker}" within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stdout.on("data", async (chunk) => {
      if (firstFrameMs !== null) return;
      seen += chunk.toString("utf8");
      if (!seen.includes(marker)) return;
      firstFrameMs = performance.now() - started;
      const pid = nodeChild(child.pid);
      for (const key of after) {
        child.stdin.write(key);
        await new Promise((r) => setTimeout(r, 120));
      }
      if (pid) peak = peakKiB(pid);
      child.stdin.write("q");
      setTimeout(() => child.kill("SIGTERM"), 1000).unref();
    });
    child.on("exit", () => {
      clearTimeout(timer);
      if (firstFrameMs === null) reject(new Error(`${command.join(" ")} exited before "${marker}"`));
      else resolve({ ms: firstFrameMs, peakMiB: peak === null ? null : peak / 1024 });
    });
  });
}
