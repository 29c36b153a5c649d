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
 * on the fast path (see BENCHMARKS.md). `flush()` on shutdown keeps the last lines.
 */
export function createLogger({ level = "info", file }: LogOptions = {}): Logger {
  const destination = pino.destination({ dest: file ?? 1, sync: false, minLength: 4096, mkdir: file !== undefined });
  setInterval(() => destination.flush(), 1000).unref();
  return pino({ level, base: { service: "dossier-api" } }, destination);
}

export const logOptionsFromEnv = (env: NodeJS.ProcessEnv = process.env): LogOptions => ({
  level: env.LOG_LEVEL || "info",
  file: env.LOG_FILE || undefined,
});

/** A long request target is cut in the log: the log is for people, not for replaying attacks. */
export const shownTarget = (target: string): string => (target.length > 256 ? `${target.slice(0, 256)}…` : target);

/** Logs tRPC's errors by request: the detail stays here when the client only sees "internal error". */
export function logTrpcError(log: Logger, requestId: string) {
  return ({ error, path }: { error: TRPCError; path?: string | undefined }) => {
    if (error.code === "INTERNAL_SERVER_ERROR") log.error({ id: requestId, path, err: error.cause ?? error }, "procedure failed");
    else log.debug({ id: requestId, path, code: error.code, message: error.message }, "request refused");
  };
}
