import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { appRouter } from "../root";
import { sharedLibrary, type Library } from "../library";
import { DEFAULT_CONFIG, type ServerConfig } from "./config";
import { createLogger, logOptionsFromEnv, type Logger } from "./logging";
import { createRateLimiter } from "./rateLimit";
import { ResponseCache } from "./responseCache";
import { createCors } from "./cors";
import { createRequestListener, type ServerState } from "./handler";
import { answerClientError, answerConnect } from "./clientError";
import { gracefulClose } from "./shutdown";

export interface ServeOptions extends Partial<ServerConfig> {
  /** The stories to serve; the process-wide library by default. */
  library?: Library;
  /** A pino logger; by default one from LOG_LEVEL / LOG_FILE. */
  logger?: Logger;
}

export interface DossierServer {
  /** http://host:port, the address the server listens on. */
  url: string;
  port: number;
  server: Server;
  /** Graceful shutdown: in-flight requests finish, then the server stops. */
  close(): Promise<void>;
  stats(): { cacheEntries: number; cacheAliases: number; cacheBytes: number; rateLimitedClients: number };
}

/** Starts the Dossier HTTP server: tRPC under /trpc/, /healthz, a response cache and the limits. */
export async function serve(options: ServeOptions = {}): Promise<DossierServer> {
  const { library = sharedLibrary(), logger, ...overrides } = options;
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...overrides };
  const log = logger ?? createLogger(logOptionsFromEnv());
  const state: ServerState = { closing: false, inFlight: new Set() };
  const limiter = config.rateLimit ? createRateLimiter(config.rateLimit.perSecond, config.rateLimit.burst) : null;
  const cache = new ResponseCache(config.cacheEntries, config.cacheBytes);
  const deps = { router: appRouter, library, config, log, cache, limiter, cors: createCors(config.corsOrigins), state };

  const timeout = config.requestTimeoutMs;
  const server = createServer(
    {
      // Node's own clocks back up ours: headers must arrive in time, and the whole request a little later.
      ...(timeout > 0 ? { headersTimeout: timeout, requestTimeout: timeout + 1000 } : { requestTimeout: 0 }),
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeout / 4) || 1000)),
      keepAliveTimeout: 5000,
    },
    createRequestListener(deps),
  );
  server.on("clientError", answerClientError(appRouter, log));
  server.on("connect", answerConnect(appRouter));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === "IPv6" ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  log.info({ url, stories: library.stories.size, version: library.version }, "listening");

  const close = gracefulClose(server, state, config.shutdownGraceMs);
  return {
    url,
    port,
    server,
    close: () => close().finally(() => log.flush()),
    stats: () => ({ cacheEntries: cache.entries, cacheAliases: cache.aliasCount, cacheBytes: cache.bytes, rateLimitedClients: limiter?.clients ?? 0 }),
  };
}
