// Every knob of the web app's production server, read from the environment. The names and
// defaults the API shares (apps/server/src/config.ts) mean the same thing here.
import { readFileSync } from "node:fs";
import { authorityOf } from "@dossier/http-guard";
import { SITE_URL } from "../src/lib/site";

export interface Bucket {
  perSecond: number;
  burst: number;
}

export interface WebServerConfig {
  /** HOST: loopback unless told otherwise. */
  host: string;
  /** PORT; 0 picks a free port. */
  port: number;
  /** DOSSIER_SITE_URL: the public origin; absolute-form targets naming it are served, its host is the one Next sees. */
  siteUrl: string;
  /** DOSSIER_RATE_LIMIT_RPS / _BURST: /api/trpc, one token per call of a batch (as the API); rps 0 turns it off. */
  apiRate: Bucket | null;
  /** DOSSIER_PAGE_RATE_LIMIT_RPS / _BURST: every other request, static files included; rps 0 turns it off. */
  pageRate: Bucket | null;
  /** DOSSIER_REQUEST_TIMEOUT_MS: time allowed for a request's headers (and a second more for the whole request). */
  requestTimeoutMs: number;
  /** DOSSIER_IDLE_TIMEOUT_MS: how long a connection may wait between requests (keep-alive). */
  idleTimeoutMs: number;
  /** DOSSIER_MAX_CONNECTIONS: open connections in all; never more than the file-descriptor limit leaves room for. */
  maxConnections: number;
  /** DOSSIER_MAX_CONNECTIONS_PER_CLIENT: open connections from one client network; 0 turns it off (the default behind a proxy). */
  maxConnectionsPerClient: number;
  /** DOSSIER_TRUST_PROXY=N: N proxies of your own in front; X-Forwarded-For is read only then. */
  trustProxyHops: number;
  /** DOSSIER_SHED_MAX_IN_FLIGHT / DOSSIER_SHED_MAX_LAG_MS: past these, the heaviest clients get 503. */
  shedMaxInFlight: number;
  shedMaxLagMs: number;
  /** DOSSIER_SHUTDOWN_GRACE_MS: how long requests in flight may take after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** File descriptors the process keeps for itself beside connections: Next's files, the build, logs. */
const FD_RESERVE = 256;

export const DEFAULTS = {
  apiRate: { perSecond: 50, burst: 100 },
  // A page view is its HTML, a dozen scripts and the prefetches of the links it shows.
  pageRate: { perSecond: 100, burst: 400 },
  requestTimeoutMs: 10_000,
  idleTimeoutMs: 5000,
  maxConnections: 1000,
  maxConnectionsPerClient: 100,
  shedMaxInFlight: 64,
  shedMaxLagMs: 500,
  shutdownGraceMs: 10_000,
} as const;

/** The soft limit on open files (Linux /proc), or null where it cannot be read. */
export function openFileLimit(): number | null {
  try {
    const line = /^Max open files\s+(\d+)/m.exec(readFileSync("/proc/self/limits", "utf8"));
    return line ? Number(line[1]) : null;
  } catch {
    return null;
  }
}

/** A whole number of at least `min` from the environment, or `fallback` when unset. */
function count(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of ${min} or more, not "${raw}".`);
  return value;
}

function bucket(env: Env, prefix: string, fallback: Bucket): Bucket | null {
  const perSecond = count(env, `${prefix}_RPS`, fallback.perSecond);
  if (perSecond === 0) return null;
  return { perSecond, burst: count(env, `${prefix}_BURST`, Math.max(perSecond, fallback.burst), 1) };
}

/** How many proxies to trust: a count, or the words of a switch (`true` is one proxy), as the API reads it. */
function proxyHops(env: Env): number {
  const raw = env.DOSSIER_TRUST_PROXY?.trim().toLowerCase();
  if (raw === "true") return 1;
  if (raw === "false" || raw === "off") return 0;
  return count(env, "DOSSIER_TRUST_PROXY", 0);
}

/** The configuration the environment asks for; an unreadable value stops the server with its name. */
export function webConfigFromEnv(env: Env = process.env, fdLimit = openFileLimit()): WebServerConfig {
  const trustProxyHops = proxyHops(env);
  const siteUrl = (env.DOSSIER_SITE_URL ?? SITE_URL).replace(/\/+$/, "");
  authorityOf(siteUrl); // throws on a URL that names no host
  const wanted = count(env, "DOSSIER_MAX_CONNECTIONS", DEFAULTS.maxConnections, 1);
  return {
    host: env.HOST || "127.0.0.1",
    port: count(env, "PORT", 3000),
    siteUrl,
    apiRate: bucket(env, "DOSSIER_RATE_LIMIT", DEFAULTS.apiRate),
    pageRate: bucket(env, "DOSSIER_PAGE_RATE_LIMIT", DEFAULTS.pageRate),
    requestTimeoutMs: count(env, "DOSSIER_REQUEST_TIMEOUT_MS", DEFAULTS.requestTimeoutMs, 1),
    idleTimeoutMs: count(env, "DOSSIER_IDLE_TIMEOUT_MS", DEFAULTS.idleTimeoutMs, 1),
    // Past the descriptor limit, accept() fails and nobody is served: the cap stays below it.
    maxConnections: fdLimit === null ? wanted : Math.max(1, Math.min(wanted, fdLimit - FD_RESERVE)),
    // Behind a proxy every connection comes from the proxy: its own per-address limits apply there.
    maxConnectionsPerClient: count(
      env,
      "DOSSIER_MAX_CONNECTIONS_PER_CLIENT",
      trustProxyHops > 0 ? 0 : DEFAULTS.maxConnectionsPerClient,
    ),
    trustProxyHops,
    shedMaxInFlight: count(env, "DOSSIER_SHED_MAX_IN_FLIGHT", DEFAULTS.shedMaxInFlight),
    shedMaxLagMs: count(env, "DOSSIER_SHED_MAX_LAG_MS", DEFAULTS.shedMaxLagMs),
    shutdownGraceMs: count(env, "DOSSIER_SHUTDOWN_GRACE_MS", DEFAULTS.shutdownGraceMs),
  };
}
