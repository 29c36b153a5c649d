import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

const SERVE = fileURLToPath(new URL("../bin/serve.ts", import.meta.url));

export interface ChildServer {
  url: string;
  /** The server process's memory, after a full garbage collection. */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** SIGTERM, then the exit code once it has shut down gracefully. */
  stop(): Promise<number | null>;
}

/** Runs `src/bin/serve.ts` in its own process on a free loopback port, so a load generator does not share its event loop. */
export async function startChildServer(env: NodeJS.ProcessEnv = {}): Promise<ChildServer> {
  const child = fork(SERVE, [], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.on("message", (m: { type?: string; url?: string }) => m.type === "listening" && resolve(m.url!));
    void exited.then((code) => reject(new Error(`the server exited with code ${code} before listening`)));
  });
  return {
    url,
    memory: () =>
      new Promise((resolve) => {
        const onMessage = (m: { type?: string; usage?: NodeJS.MemoryUsage }) => {
          if (m.type !== "memory") return;
          child.off("message", onMessage);
          resolve(m.usage!);
        };
        child.on("message", onMessage);
        child.send({ type: "memory" });
      }),
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
