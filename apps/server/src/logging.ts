import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import pino, { type Logger } from "pino";
import type { TRPCError } from "@trpc/server";

export type { Logger };

export interface LogOptions {
  /** LOG_LEVEL: fatal, error, warn, info, debug, trace or silent. */
  level?: string;
  /** LOG_FILE: a file (or /dev/null) instead of standard output. */
  file?: string;
}

/**
 * Structured JSON logs through pino, buffered: lines are written 4 KB at a time (and at least
 * every second), because one asynchronous write per request costs more than the request itself
 * on a cache hit. `flush()` on shutdown keeps the last lines.
 */
export function createLogger({ level = "info", file }: LogOptions = {}): Logger {
  const destination = pino.destination({ dest: file ?? 1, sync: false, minLength: 4096, mkdir: file !== undefined });
  setInterval(() => destination.flush(), 1000).unref();
  return pino({ level, base: { service: "dossier-server" } }, destination);
}

export const logOptionsFromEnv = (env: NodeJS.ProcessEnv = process.env): LogOptions => ({
  level: env.LOG_LEVEL || "info",
  file: env.LOG_FILE || undefined,
});

/** A long request target is cut in the log: the log is for people, not for replaying attacks. */
export const shownTarget = (target: string): string => (target.length > 256 ? `${target.slice(0, 256)}…` : target);

// A random prefix per process and a counter: unique across replicas, and cheaper than a UUID per request.
const prefix = randomBytes(4).toString("hex");
let counter = 0;
/** An id a trusted proxy passed on may be reused, if it is short and plain. */
const REUSABLE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request's id for logs and answers: a trusted proxy's X-Request-Id, else one of ours (a client's own would forge log correlation). */
export function requestIdOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const given = req.headers["x-request-id"];
    if (typeof given === "string" && REUSABLE_ID.test(given)) return given;
  }
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}

/** Logs tRPC's errors by request: the detail stays here when the client only sees "internal error". */
export function logTrpcError(log: Logger, requestId: string) {
  return ({ error, path }: { error: TRPCError; path?: string | undefined }) => {
    if (error.code === "INTERNAL_SERVER_ERROR") log.error({ id: requestId, path, err: error.cause ?? error }, "procedure failed");
    else log.debug({ id: requestId, path, code: error.code, message: error.message }, "request refused");
  };
}

export type RefusalReason = "rate-limit" | "connection-cap";

/** Refusals, counted rather than logged one by one: a flooding client must not flood the log too. */
export interface RefusalLog {
  refused(client: string, reason: RefusalReason): void;
  /** Writes what is counted so far (on shutdown). */
  flush(): void;
}

/** Clients named in one summary line; the rest are only counted. */
const NAMED_CLIENTS = 10;
/** Clients counted by name in one window; beyond it refusals are counted in all. */
const TRACKED_CLIENTS = 10_000;

/**
 * The first refusal of a client in a window is logged at once (so an operator sees who is refused);
 * the rest are added up and written as one summary line when the window closes.
 */
export function createRefusalLog(log: Logger, windowMs = 10_000): RefusalLog {
  let counts = new Map<string, { reason: RefusalReason; count: number }>();
  let untracked = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (counts.size === 0 && untracked === 0) return;
    const clients = [...counts].sort((a, b) => b[1].count - a[1].count);
    const total = clients.reduce((sum, [, c]) => sum + c.count, untracked);
    const top = clients.slice(0, NAMED_CLIENTS).map(([client, c]) => ({ client, ...c }));
    log.info({ refused: total, clients: clients.length, top, windowMs }, "refusals");
    counts = new Map();
    untracked = 0;
  };
  return {
    refused(client, reason) {
      const seen = counts.get(client);
      if (seen) seen.count += 1;
      else if (counts.size >= TRACKED_CLIENTS) untracked += 1;
      else {
        counts.set(client, { reason, count: 1 });
        log.info({ client, reason }, "refusing a client");
      }
      if (!timer) {
        timer = setTimeout(flush, windowMs);
        timer.unref();
      }
    },
    flush,
  };
}
