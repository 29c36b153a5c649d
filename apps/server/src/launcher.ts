// Some launchers die on SIGTERM without passing it on: `npx pnpm api` runs pnpm under `sh -c`,
// and that shell exits and leaves the server orphaned, still answering. With
// DOSSIER_EXIT_WITH_LAUNCHER=1 (set by the `pnpm api` scripts, not by a production start) the
// server watches the processes that started it and drains and exits when one of them is gone.
import { readFileSync } from "node:fs";

/** The parent of `pid` from /proc (Linux); null where /proc cannot tell. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command) state ppid …": the command may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

/** This process's ancestors, nearest first, up to (not including) init. */
export function launchers(pid: number = process.pid): number[] {
  const chain: number[] = [];
  for (let at = parentOf(pid); at !== null && at > 1 && chain.length < 32; at = parentOf(at)) chain.push(at);
  return chain;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Calls `onGone` once when any process that started this one has exited; returns a function that stops watching. */
export function watchLaunchers(onGone: (pid: number) => void, intervalMs = 500): () => void {
  const chain = launchers();
  const timer = setInterval(() => {
    const gone = chain.find((pid) => !alive(pid));
    if (gone === undefined) return;
    clearInterval(timer);
    onGone(gone);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
