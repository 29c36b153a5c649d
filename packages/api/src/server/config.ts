import { CONTRACT_LIMITS } from "../limits";
/** Every knob of the standalone server; `configFromEnv` reads them from the environment. */
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
  /** DOSSIER_RATE_LIMIT_RPS / DOSSIER_RATE_LIMIT_BURST: a token bucket per client; rps 0 turns it off. */
  rateLimit: { perSecond: number; burst: number } | null;
  /** DOSSIER_TRUST_PROXY=N: N proxies of your own in front; the client is the Nth X-Forwarded-For entry from the right. 0: none. */
  trustProxyHops: number;
  /** DOSSIER_CORS_ORIGINS: comma-separated origins allowed to read responses in a browser. */
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
 * Limits where 0 would refuse every request (batch size, URL length, body size, burst) start at 1.
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
      perSecond > 0 ? { perSecond, burst: count(env, "DOSSIER_RATE_LIMIT_BURST", Math.max(perSecond, d.rateLimit?.burst ?? 0), 1) } : null,
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
