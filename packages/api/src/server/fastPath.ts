import type { IncomingMessage, ServerResponse } from "node:http";
import type { CachedResponse } from "./cachedResponse";
import { matchesIfNoneMatch } from "./etag";

/**
 * Whether tRPC would give this GET the same answer whatever its headers: not a streamed batch
 * (trpc-accept / Accept: application/jsonl) and no form or binary content type.
 */
export function servedFromCache(req: IncomingMessage): boolean {
  const { headers } = req;
  if (headers["trpc-accept"] !== undefined) return false;
  if (headers.accept !== undefined && headers.accept.includes("application/jsonl")) return false;
  const type = headers["content-type"];
  return type === undefined || type.split(";", 1)[0]!.trim().toLowerCase() === "application/json";
}

/** Sends a cached answer, or 304 when the client holds it already; returns the status sent. */
export function sendCached(req: IncomingMessage, res: ServerResponse, answer: CachedResponse, sharedHeaders: readonly string[]): number {
  if (answer.etag !== null && matchesIfNoneMatch(req.headers["if-none-match"], answer.etag)) {
    res.writeHead(304, answer.notModified.concat(sharedHeaders));
    res.end();
    return 304;
  }
  res.writeHead(answer.status, answer.headers.concat(sharedHeaders));
  res.end(req.method === "HEAD" ? undefined : answer.body);
  return answer.status;
}
