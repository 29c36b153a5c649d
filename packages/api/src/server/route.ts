import type { IncomingMessage, ServerResponse } from "node:http";
import type { Exchange, HandlerDeps } from "./handler.js";
import { errorReply, sendError, type ErrorReply } from "./errors.js";
import { SECURITY_HEADERS, setSecurityHeaders } from "./securityHeaders.js";
import { requestKey } from "./requestKey.js";
import { etagFor } from "./etag.js";
import { toCachedResponse } from "./cachedResponse.js";
import { sendCached, servedFromCache } from "./fastPath.js";
import { answerQuery, handOver, procedurePath } from "./trpcHandler.js";
import { readBody } from "./body.js";
import { sendHealth } from "./health.js";

const ALLOW = ["allow", "GET, HEAD, POST, OPTIONS"];

/** Everything past the fast path: parse the target, then health, preflight, cached query, POST or refusal. */
export async function route(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, exchange: Exchange): Promise<void> {
  const { router, config, cors } = deps;
  const refuse = (reply: ErrorReply, extra: readonly string[] = []) => sendError(res, reply, [...exchange.extra, ...extra]);

  let url: URL;
  try {
    url = new URL(exchange.target, "http://localhost");
  } catch {
    return refuse(errorReply(router, "BAD_REQUEST", "The request target is not a valid URL.", undefined));
  }
  if (url.pathname === "/healthz") {
    exchange.how = "health";
    if (req.method === "GET" || req.method === "HEAD") return sendHealth(res, deps, exchange.extra);
    return refuse(errorReply(router, "METHOD_NOT_SUPPORTED", "The health check answers GET and HEAD only.", undefined), ["allow", "GET, HEAD"]);
  }
  if (url.pathname !== "/trpc" && !url.pathname.startsWith("/trpc/")) {
    return refuse(errorReply(router, "NOT_FOUND", "Nothing is served at this path: procedures live under /trpc/.", undefined));
  }
  const path = procedurePath(url.pathname);

  switch (req.method) {
    case "OPTIONS":
      res.writeHead(204, [...ALLOW, ...SECURITY_HEADERS, ...cors.preflightFor(req), ...exchange.extra]);
      res.end();
      return;
    case "GET":
    case "HEAD": {
      if (!servedFromCache(req)) return passOn(deps, req, res, exchange, path);
      exchange.how = "miss";
      const key = requestKey(path, url.searchParams);
      const answer = await deps.cache.resolve(exchange.target, key, async () =>
        toCachedResponse(await answerQuery(deps, path, url, exchange.id), {
          etag: etagFor(deps.library.version, key),
          maxAgeSeconds: config.cacheMaxAgeSeconds,
          varyOrigin: cors.enabled,
        }),
      );
      if (!res.destroyed) sendCached(req, res, answer, exchange.extra);
      return;
    }
    case "POST": {
      const close = ["connection", "close"];
      if (Number(req.headers["content-length"] ?? 0) > config.maxBodyBytes) {
        return refuse(errorReply(router, "PAYLOAD_TOO_LARGE", `The request body is larger than ${config.maxBodyBytes} bytes.`, undefined), close);
      }
      const body = await readBody(req, config.maxBodyBytes, config.requestTimeoutMs);
      if (body.kind === "too-large") {
        return refuse(errorReply(router, "PAYLOAD_TOO_LARGE", `The request body is larger than ${config.maxBodyBytes} bytes.`, undefined), close);
      }
      if (body.kind === "timeout") {
        return refuse(errorReply(router, "TIMEOUT", `The request did not arrive within ${config.requestTimeoutMs} ms.`, undefined), close);
      }
      if (body.kind === "aborted") return void res.destroy();
      return passOn(deps, req, res, exchange, path, body.text);
    }
    default:
      return refuse(errorReply(router, "METHOD_NOT_SUPPORTED", `The API does not answer ${req.method} requests.`, undefined), ALLOW);
  }
}

/** Hands the request to tRPC's own adapter, with the headers every answer carries. */
function passOn(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, exchange: Exchange, path: string, body?: string) {
  exchange.how = "trpc";
  setSecurityHeaders(res);
  res.setHeader("cache-control", "no-store");
  for (let i = 0; i < exchange.extra.length; i += 2) res.setHeader(exchange.extra[i]!, exchange.extra[i + 1]!);
  return handOver(deps, req, res, path, exchange.id, body);
}
