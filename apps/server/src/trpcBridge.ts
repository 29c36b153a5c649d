import type { IncomingMessage, ServerResponse } from "node:http";
import { getHTTPStatusCodeFromError, resolveResponse } from "@trpc/server/http";
import { nodeHTTPRequestHandler } from "@trpc/server/adapters/node-http";
import { createContextInner, type AppRouter, type Library } from "@dossier/api";
import type { TrpcAnswer } from "./cache";
import { logTrpcError, type Logger } from "./logging";

export interface TrpcDeps {
  router: AppRouter;
  library: Library;
  maxBatchSize: number;
  maxBodyBytes: number;
  log: Logger;
}

/** The path tRPC sees, cut from the request path exactly as tRPC's standalone adapter cuts it. */
export function procedurePath(pathname: string): string {
  const path = pathname.slice("/trpc".length);
  const start = path.startsWith("/") ? 1 : 0;
  return path.endsWith("/") && path.length > start ? path.slice(start, -1) : path.slice(start);
}

/**
 * How many procedure calls a request target names: tRPC splits a batch's path on commas. Counted
 * on the raw target, so a cache hit is charged without parsing; a comma outside a batch is over-charged, never under.
 */
export function callsIn(target: string): number {
  let calls = 1;
  for (let i = 0; i < target.length; i += 1) {
    const c = target.charCodeAt(i);
    if (c === 63 /* ? */) break;
    if (c === 44 /* , */) calls += 1;
  }
  return calls;
}

/**
 * A query answered by tRPC's own request handler (`resolveResponse`, the core of every tRPC
 * adapter), so the cached bytes are the bytes stock tRPC sends. Headers are left out on purpose:
 * the cache only serves requests whose headers tRPC would ignore. The URL is rebuilt from path and
 * query alone: a target in absolute form may carry user info, which a fetch Request refuses.
 */
export async function answerQuery(deps: TrpcDeps, path: string, url: URL, requestId: string): Promise<TrpcAnswer> {
  const logError = logTrpcError(deps.log, requestId);
  // A batch answers 207 whatever its calls' statuses: a failure of the server is seen here, by call.
  let serverFailed = false;
  const response = await resolveResponse({
    router: deps.router,
    req: new Request(`http://localhost${url.pathname}${url.search}`),
    path,
    error: null,
    createContext: () => Promise.resolve(createContextInner({ library: deps.library, requestId })),
    maxBatchSize: deps.maxBatchSize,
    allowMethodOverride: true,
    onError: (failure) => {
      if (getHTTPStatusCodeFromError(failure.error) >= 500) serverFailed = true;
      logError(failure);
    },
  });
  return { status: response.status, body: await response.text(), headers: response.headers, serverFailed };
}

/**
 * Requests the cache does not serve (POST queries, streamed batches) go to tRPC's node adapter
 * unchanged, their target in origin form. A POST body, already read within the limits, is handed over as `req.body`.
 */
export function handOver(
  deps: TrpcDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string,
  requestId: string,
  body?: string,
) {
  req.url = url.pathname + url.search;
  if (body !== undefined) Object.assign(req, { body });
  return nodeHTTPRequestHandler({
    router: deps.router,
    req,
    res,
    path,
    createContext: () => Promise.resolve(createContextInner({ library: deps.library, requestId })),
    maxBatchSize: deps.maxBatchSize,
    maxBodySize: deps.maxBodyBytes,
    allowMethodOverride: true,
    onError: logTrpcError(deps.log, requestId),
  });
}
