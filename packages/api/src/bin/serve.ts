// `pnpm api`: the standalone server, configured from the environment (see README), stopped by SIGTERM/SIGINT.
import { serve } from "../server/serve";
import { configFromEnv } from "../server/config";
import { createLogger, logOptionsFromEnv } from "../server/logging";
import { libraryFromEnv } from "../server/storiesFromEnv";

const logger = createLogger(logOptionsFromEnv());

let server: Awaited<ReturnType<typeof serve>>;
try {
  server = await serve({ ...configFromEnv(), library: libraryFromEnv(), logger });
} catch (error) {
  console.error(`The Dossier API could not start: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`Dossier API on ${server.url}: tRPC at ${server.url}/trpc, health at ${server.url}/healthz`);

// A parent process (the load script, the shutdown test) learns the address and may ask for memory use.
process.send?.({ type: "listening", url: server.url });
process.on("message", (message: { type?: string }) => {
  if (message?.type !== "memory") return;
  // With --expose-gc (the load script) the figure is live memory, not garbage not yet collected.
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ type: "memory", usage: process.memoryUsage() });
});

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    void server.close().then(() => process.exit(0));
  });
}
