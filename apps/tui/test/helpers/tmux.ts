// A real pseudo-terminal: tmux on a private socket runs the command, takes keys, resizes, and
// shows what is on the screen as a terminal drew it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Tmux {
  keys(...keys: string[]): void;
  screen(): string;
  resize(columns: number, rows: number): void;
  /** Waits until the screen shows what `check` wants; answers that screen. */
  until(check: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** The exit status of the command once it has ended (128 + n for a death by signal n), else null. */
  exitStatus(): number | null;
  kill(): void;
}

export function startInTmux(
  command: string[],
  { columns, rows, env = {} }: { columns: number; rows: number; env?: Record<string, string> },
): Tmux {
  const socket = `dossier-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  const quoted = command.map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(" ");
  const exports = Object.entries(env)
    .map(([key, value]) => `${key}='${value}'`)
    .join(" ");
  // tmux 3.3 can mark a pane dead and lose its exit status when the pty closes first, so the
  // shell that runs the command writes the status down itself.
  const scratch = mkdtempSync(join(tmpdir(), "dossier-e2e-"));
  const statusFile = join(scratch, "status");
  tmux(
    "new-session",
    "-d",
    "-s",
    "e2e",
    "-x",
    String(columns),
    "-y",
    String(rows),
    `env -u CI -u CONTINUOUS_INTEGRATION ${exports} ${quoted}; echo $? > '${statusFile}'`,
  );
  // The pane stays when the command ends, so its last screen can still be read.
  tmux("set-option", "-t", "e2e", "remain-on-exit", "on");
  const screen = () => tmux("capture-pane", "-p", "-t", "e2e");
  return {
    keys: (...keys) => void tmux("send-keys", "-t", "e2e", ...keys),
    screen,
    resize: (c, r) => void tmux("resize-window", "-t", "e2e", "-x", String(c), "-y", String(r)),
    async until(check, what, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      let last = "";
      while (Date.now() < end) {
        last = screen();
        if (check(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`waiting for ${what}; the screen is:\n${last}`);
    },
    exitStatus() {
      try {
        const status = readFileSync(statusFile, "utf8");
        // The shell writes the line in one go; an empty read is a write still under way.
        return status.endsWith("\n") ? Number(status.trim()) : null;
      } catch {
        return null;
      }
    },
    kill() {
      try {
        tmux("kill-server");
      } catch {
        // Already gone.
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
