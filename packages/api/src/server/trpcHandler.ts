import type { IncomingMessage, ServerResponse } from "node:http";
import { getHTTPStatusCodeFromError, resolveResponse } from "@trpc/server/http";
import { nodeHTTPRequestHandler } from "@trpc/server/adapters/node-http";
import type { AppRouter } from "../root";
import type { Library } from "../library";
import { createContextInner } from "../context";
import type { ServerConfig } from "./config";
import type { AnswerShape } from "./cachedResponse";
import { logTrpcError, type Logger } from "./logging";

export interface TrpcDeps {
  router: AppRouter;
  library: Library;
  config: ServerConfig;
  log: Logger;
}

/** The path tRPC sees, cut from the request path exactly as tRPC's standalone adapter cuts it. */
export function procedurePath(pathname: string): string {
  const path = pathname.slice("/trpc".length);
  const start = path.startsWith("/") ? 1 : 0;
  return path.endsWith("/") && path.length > start ? path.slice(start, -1) : path.slice(start);
}

/**
 * A query answered by tRPC's own request handler (`resolveResponse`, the core of every tRPC
 * adapter), so the cached bytes are the bytes stock tRPC sends. Headers are left out on purpose:
 * the cache only serves requests whose headers tRPC would ignore.
 */
export async function answerQuery(deps: TrpcDeps, path: string, url: URL, requestId: string): Promise<AnswerShape> {
  const logError = logTrpcError(deps.log, requestId);
  // A batch answers 207 whatever its calls' statuses: a failure of the server is seen here, by call.
  let serverFailed = false;
  const response = await resolveResponse({
    router: deps.router,
    req: new Request(url),
    path,
    error: null,
    createContext: async () => createContextInner({ library: deps.library, requestId }),
    maxBatchSize: deps.config.maxBatchSize,
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
 * unchanged. A POST body, already read within the limits, is handed over as `req.body`.
 */
export function handOver(
  deps: TrpcDeps,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  requestId: string,
  body?: string,
): Promise<void> {
  if (body !== undefined) Object.assign(req, { body });
  return nodeHTTPRequestHandler({
    router: deps.router,
    req,
    res,
    path,
    createContext: async () => createContextInner({ library: deps.library, requestId }),
    maxBatchSize: deps.config.maxBatchSize,
    maxBodySize: deps.config.maxBodyBytes,
    allowMethodOverride: true,
    onError: logTrpcError(deps.log, requestId),
  });
}
