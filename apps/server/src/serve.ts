import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { appRouter, sharedLibrary, type Library } from "@dossier/api";
import { DEFAULT_CONFIG, type ServerConfig } from "./config";
import { createCors } from "./cors";
import { ResponseCache } from "./cache";
import { clientNetwork, createConnectionGate, createRateLimiter } from "@dossier/http-guard";
import { createLogger, createRefusalLog, logOptionsFromEnv, type Logger } from "./logging";
import { answerClientError, answerConnect, answerExpectation } from "./replies";
import { createRequestListener, type ServerState } from "./listener";

export interface ServeOptions extends Partial<ServerConfig> {
  /** The stories to serve; the shipped ones by default. */
  library?: Library;
  /** A pino logger; by default one from LOG_LEVEL / LOG_FILE. */
  logger?: Logger;
}

export interface DossierServer {
  /** http://host:port, the address the server listens on. */
  url: string;
  port: number;
  server: Server;
  /** Graceful shutdown: in-flight requests finish (for at most the grace period), then the server stops. Idempotent. */
  close(): Promise<void>;
  stats(): { cacheEntries: number; cacheAliases: number; cacheBytes: number; rateLimitedClients: number; connections: number };
}

/** Starts the Dossier server over the router and resolves once it listens. */
export async function serve(options: ServeOptions = {}): Promise<DossierServer> {
  const { library = sharedLibrary(), logger, ...overrides } = options;
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...overrides };
  const log = logger ?? createLogger(logOptionsFromEnv());
  const state: ServerState = { closing: false, inFlight: new Set() };
  const limiter = config.rateLimit ? createRateLimiter(config.rateLimit.perSecond, config.rateLimit.burst) : null;
  const cache = new ResponseCache(config.cacheEntries, config.cacheBytes);
  const refusals = createRefusalLog(log);
  const deps = {
    router: appRouter,
    library,
    maxBatchSize: config.maxBatchSize,
    maxBodyBytes: config.maxBodyBytes,
    log,
    config,
    cache,
    limiter,
    cors: createCors(config.corsOrigins),
    state,
    refusals,
  };

  const timeout = config.requestTimeoutMs;
  const server = createServer(
    {
      // Node's own clocks back up ours: headers must arrive in time, and the whole request a little later.
      ...(timeout > 0 ? { headersTimeout: timeout, requestTimeout: timeout + 1000 } : { requestTimeout: 0 }),
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(timeout / 4) || 1000)),
      keepAliveTimeout: config.idleTimeoutMs,
      // Checked by the listener, so the refusal is typed and carries the security headers.
      requireHostHeader: false,
    },
    createRequestListener(deps),
  );
  const gate = createConnectionGate(config.maxConnections, config.maxConnectionsPerClient);
  server.on("connection", (socket: Socket) => {
    gate.admit(socket);
    if (socket.destroyed) refusals.refused(clientNetwork(socket.remoteAddress ?? "unknown"), "connection-cap");
  });
  server.on(
    "clientError",
    answerClientError(appRouter, (code, status) => log.debug({ code, status }, "unparsable request")),
  );
  server.on("connect", answerConnect(appRouter));
  server.on("checkExpectation", answerExpectation(appRouter));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port, address, family } = server.address() as AddressInfo;
  const url = `http://${family === "IPv6" ? `[${address}]` : address}:${port}`;
  log.info({ url, stories: library.stories.size, version: library.version }, "listening");

  let closed: Promise<void> | undefined;
  const close = () => {
    // Stop taking connections, let requests in flight finish (their answers close the connection), cut the rest after the grace.
    closed ??= new Promise<void>((resolve) => {
      state.closing = true;
      for (const res of state.inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      const force = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        refusals.flush();
        log.flush();
        resolve();
      });
      server.closeIdleConnections();
    });
    return closed;
  };
  return {
    url,
    port,
    server,
    close,
    stats: () => ({
      cacheEntries: cache.entries,
      cacheAliases: cache.aliasCount,
      cacheBytes: cache.bytes,
      rateLimitedClients: limiter?.clients ?? 0,
      connections: gate.open,
    }),
  };
}
