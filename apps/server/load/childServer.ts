import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const APP = fileURLToPath(new URL("..", import.meta.url));
const PROBE = fileURLToPath(new URL("./probe.mjs", import.meta.url));
/** The production bundle, as `pnpm api` runs it (built by `pnpm -F @dossier/server build`). */
export const SERVER_BUNDLE = fileURLToPath(new URL("../dist/server.js", import.meta.url));

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** The server process's memory, after a full garbage collection. */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** The CPU time the server process has used so far, in microseconds. */
  cpu(): Promise<number>;
  /** SIGTERM, then the exit code once it has shut down. */
  stop(): Promise<number | null>;
}

function ask<T>(child: ChildProcess, type: string, pick: (m: Record<string, unknown>) => T): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (m.type !== type) return;
      child.off("message", onMessage);
      resolve(pick(m));
    };
    child.on("message", onMessage);
    child.send({ type });
  });
}

/**
 * Runs a server script in its own process on a free loopback port (so a load generator does not
 * share its event loop), with the probe preloaded; the URL is read from the line it prints.
 * By default the script is the production bundle, run by plain node.
 */
export async function startChildServer(
  env: NodeJS.ProcessEnv = {},
  script = SERVER_BUNDLE,
  args: string[] = [],
): Promise<ChildServer> {
  const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = fork(script, args, {
    cwd: APP,
    execArgv: [...loader, "--import", PROBE, "--expose-gc"],
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let printed = "";
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => {
      printed += chunk;
      const found = /(http:\/\/127\.0\.0\.1:\d+)/.exec(printed);
      if (found) resolve(found[1]!);
    });
    void exited.then((code) => reject(new Error(`${script} exited with code ${code} before listening`)));
  });
  // Keep reading what it prints, so a full pipe never blocks it.
  child.stdout!.resume();
  return {
    url,
    child,
    memory: () => ask(child, "memory", (m) => m.usage as NodeJS.MemoryUsage),
    cpu: () => ask(child, "cpu", (m) => (m.usage as NodeJS.CpuUsage).user + (m.usage as NodeJS.CpuUsage).system),
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
