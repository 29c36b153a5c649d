import { CONTRACT_LIMITS, openLibrary, type Library } from "@dossier/api";
import { loadCatalog } from "@dossier/domain/catalog";

/** Every knob of the server; `configFromEnv` reads them from the environment (names in the README). */
export interface ServerConfig {
  /** PORT; 0 picks a free port. */
  port: number;
  /** HOST: loopback unless told otherwise. */
  host: string;
  /** DOSSIER_MAX_BATCH_SIZE: calls in one batched request; keep client `maxItems` at or below it. */
  maxBatchSize: number;
  /** DOSSIER_MAX_URL_LENGTH: longer request targets get 414. */
  maxUrlLength: number;
  /** DOSSIER_MAX_BODY_BYTES: larger request bodies get 413. */
  maxBodyBytes: number;
  /** DOSSIER_REQUEST_TIMEOUT_MS: time allowed to receive a whole request; then 408. */
  requestTimeoutMs: number;
  /** DOSSIER_RATE_LIMIT_RPS / DOSSIER_RATE_LIMIT_BURST: a token bucket per client, one token per call; rps 0 turns it off. */
  rateLimit: { perSecond: number; burst: number } | null;
  /** DOSSIER_MAX_CONNECTIONS: open connections in all; at the cap the oldest idle one makes room, else the newcomer is closed. */
  maxConnections: number;
  /** DOSSIER_MAX_CONNECTIONS_PER_CLIENT: open connections from one client network; 0 turns the per-client cap off. */
  maxConnectionsPerClient: number;
  /** DOSSIER_IDLE_TIMEOUT_MS: how long a connection may wait between requests (keep-alive). */
  idleTimeoutMs: number;
  /** DOSSIER_TRUST_PROXY=N: N proxies of your own in front (client address from X-Forwarded-For, X-Request-Id kept). 0: none. */
  trustProxyHops: number;
  /** DOSSIER_CORS_ORIGINS: comma-separated origins allowed to read responses in a browser ("*" for any). */
  corsOrigins: readonly string[];
  /** DOSSIER_CACHE_ENTRIES / DOSSIER_CACHE_BYTES: bounds of the response cache. */
  cacheEntries: number;
  cacheBytes: number;
  /** DOSSIER_CACHE_MAX_AGE: seconds a client or CDN may reuse a response without asking. */
  cacheMaxAgeSeconds: number;
  /** DOSSIER_SHUTDOWN_GRACE_MS: how long in-flight requests may take after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
}

export const DEFAULT_CONFIG: ServerConfig = {
  port: 3001,
  host: "127.0.0.1",
  maxBatchSize: CONTRACT_LIMITS.maxBatchSize,
  maxUrlLength: CONTRACT_LIMITS.maxUrlLength,
  maxBodyBytes: CONTRACT_LIMITS.maxBodyBytes,
  requestTimeoutMs: 10_000,
  rateLimit: { perSecond: 50, burst: 100 },
  maxConnections: 1000,
  maxConnectionsPerClient: 100,
  idleTimeoutMs: 5000,
  trustProxyHops: 0,
  corsOrigins: [],
  cacheEntries: 10_000,
  cacheBytes: 64 * 1024 * 1024,
  cacheMaxAgeSeconds: 300,
  shutdownGraceMs: 10_000,
};

/** A whole number of at least `min` from the environment, or `fallback` when unset. */
function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of ${min} or more, not "${raw}".`);
  return value;
}

/** How many proxies to trust: a count, or the words of a switch (`true` is one proxy). */
function proxyHops(env: NodeJS.ProcessEnv): number {
  const raw = env.DOSSIER_TRUST_PROXY?.trim().toLowerCase();
  if (raw === "true") return 1;
  if (raw === "false" || raw === "off") return 0;
  return count(env, "DOSSIER_TRUST_PROXY", DEFAULT_CONFIG.trustProxyHops);
}

/**
 * The configuration the environment asks for; an unreadable value stops the server with its name.
 * Limits where 0 would refuse every request (batch size, URL length, body size, burst, connections) start at 1.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const d = DEFAULT_CONFIG;
  const perSecond = count(env, "DOSSIER_RATE_LIMIT_RPS", d.rateLimit?.perSecond ?? 0);
  return {
    port: count(env, "PORT", d.port),
    host: env.HOST || d.host,
    maxBatchSize: count(env, "DOSSIER_MAX_BATCH_SIZE", d.maxBatchSize, 1),
    maxUrlLength: count(env, "DOSSIER_MAX_URL_LENGTH", d.maxUrlLength, 1),
    maxBodyBytes: count(env, "DOSSIER_MAX_BODY_BYTES", d.maxBodyBytes, 1),
    requestTimeoutMs: count(env, "DOSSIER_REQUEST_TIMEOUT_MS", d.requestTimeoutMs),
    rateLimit:
      perSecond > 0
        ? { perSecond, burst: count(env, "DOSSIER_RATE_LIMIT_BURST", Math.max(perSecond, d.rateLimit?.burst ?? 0), 1) }
        : null,
    maxConnections: count(env, "DOSSIER_MAX_CONNECTIONS", d.maxConnections, 1),
    maxConnectionsPerClient: count(env, "DOSSIER_MAX_CONNECTIONS_PER_CLIENT", d.maxConnectionsPerClient),
    idleTimeoutMs: count(env, "DOSSIER_IDLE_TIMEOUT_MS", d.idleTimeoutMs, 1),
    trustProxyHops: proxyHops(env),
    corsOrigins: (env.DOSSIER_CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    cacheEntries: count(env, "DOSSIER_CACHE_ENTRIES", d.cacheEntries),
    cacheBytes: count(env, "DOSSIER_CACHE_BYTES", d.cacheBytes),
    cacheMaxAgeSeconds: count(env, "DOSSIER_CACHE_MAX_AGE", d.cacheMaxAgeSeconds),
    shutdownGraceMs: count(env, "DOSSIER_SHUTDOWN_GRACE_MS", d.shutdownGraceMs),
  };
}

/** DOSSIER_STORIES_DIR names a folder of stories to serve instead of the shipped ones. */
export function libraryFromEnv(env: NodeJS.ProcessEnv = process.env): Library {
  const dir = env.DOSSIER_STORIES_DIR?.trim();
  return openLibrary(dir ? loadCatalog(dir) : undefined);
}
