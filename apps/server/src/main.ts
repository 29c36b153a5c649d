// The production entry, bundled to dist/server.js and run as `node dist/server.js` (see README):
// configured from the environment, it drains and exits 0 on SIGTERM or SIGINT.
import { configFromEnv, libraryFromEnv } from "./config";
import { createLogger, logOptionsFromEnv } from "./logging";
import { serve, type DossierServer } from "./serve";
import { watchLaunchers } from "./launcher";

async function main(): Promise<void> {
  const logger = createLogger(logOptionsFromEnv());
  let server: DossierServer;
  try {
    server = await serve({ ...configFromEnv(), library: libraryFromEnv(), logger });
  } catch (error) {
    console.error(`The Dossier server could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`Dossier API on ${server.url}: tRPC at ${server.url}/trpc, health at ${server.url}/healthz`);

  let stopping = false;
  const stop = (reason: Record<string, unknown>) => {
    if (stopping) return;
    stopping = true;
    logger.info(reason, "shutting down: finishing requests in flight");
    void server.close().then(() => {
      console.log("Dossier API stopped: every request in flight was answered.");
      // Exit once the last log lines are written, so the shutdown is on record.
      logger.flush(() => process.exit(0));
    });
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stop({ signal }));
  if (process.env.DOSSIER_EXIT_WITH_LAUNCHER === "1") watchLaunchers((launcher) => stop({ launcherGone: launcher }));
}

void main();
