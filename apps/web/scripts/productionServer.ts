// Starts the built site on a free 127.0.0.1 port, for the tests and the bench: the package's own
// production server (scripts/start.ts), or `next start` when asked (WEB_TEST_DOOR=next-start, to
// see which guarantees stock Next lacks). Its output goes to a file: writes to a file are
// synchronous, so what it logged before answering is there when the answer arrives.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Door = "web" | "next-start";

export interface StartOptions {
  /** Which server; WEB_TEST_DOOR or the package's own by default. */
  door?: Door;
  /** Added to the environment (DOSSIER_* limits). */
  env?: Record<string, string>;
  /** A lower limit on open files for the server (soft and hard), through prlimit. */
  openFiles?: number;
}

export interface RunningServer {
  url: string;
  door: Door;
  /** Where stdout and stderr go. */
  logFile: string;
  /** Everything logged so far. */
  output(): string;
  /** Its exit code once it has stopped (null when a signal ended it). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the server at ${url} did not answer within 90 s`);
}

export const defaultDoor = (): Door => (process.env.WEB_TEST_DOOR === "next-start" ? "next-start" : "web");

export async function startProductionServer(root: string, options: StartOptions = {}): Promise<RunningServer> {
  const door = options.door ?? defaultDoor();
  const port = await freePort();
  const require = createRequire(import.meta.url);
  const args =
    door === "web"
      ? [require.resolve("tsx/cli"), join(root, "scripts/start.ts")]
      : [require.resolve("next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)];
  const [command, argv] =
    options.openFiles === undefined
      ? [process.execPath, args]
      : ["prlimit", [`--nofile=${options.openFiles}:${options.openFiles}`, process.execPath, ...args]];
  const logFile = join(mkdtempSync(join(tmpdir(), "dossier-web-")), "server.log");
  const log = openSync(logFile, "a");
  const server = spawn(command, argv, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", HOST: "127.0.0.1", PORT: String(port), ...options.env },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const output = () => readFileSync(logFile, "utf8");
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    await waitUntilUp(url, server);
  } catch (error) {
    server.kill("SIGTERM");
    await exited;
    throw new Error(`${(error as Error).message}; it logged:\n${output().slice(-4000)}`, { cause: error });
  }
  return {
    url,
    door,
    logFile,
    output,
    exited,
    stop: async () => {
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill("SIGTERM");
      await exited;
    },
  };
}
