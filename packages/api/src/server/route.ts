import type { IncomingMessage, ServerResponse } from "node:http";
import type { HandlerDeps, RequestRecord } from "./handler";
import { errorReply, sendError, type ErrorReply } from "./errors";
import { SECURITY_HEADERS, setSecurityHeaders } from "./securityHeaders";
import { requestKey } from "./requestKey";
import { toCachedResponse } from "./cachedResponse";
import { isAliasable } from "./responseCache";
import { sendCached, servedFromCache } from "./fastPath";
import { answerQuery, handOver, procedurePath } from "./trpcHandler";
import { readBody } from "./body";
import { sendHealth } from "./health";
import { ALLOWED_METHODS } from "./methods";

const ALLOW = ["allow", ALLOWED_METHODS];

/** Everything past the fast path: parse the target, then health, preflight, cached query, POST or refusal. */
export async function route(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
  const { router, config, cors } = deps;
  const refuse = (reply: ErrorReply, moreHeaders: readonly string[] = []) => sendError(res, reply, [...record.sharedHeaders, ...moreHeaders]);

  let url: URL;
  try {
    url = new URL(record.target, "http://localhost");
  } catch {
    return refuse(errorReply(router, "BAD_REQUEST", "The request target is not a valid URL.", undefined));
  }
  if (url.pathname === "/healthz") {
    record.servedBy = "health";
    if (req.method === "GET" || req.method === "HEAD") return sendHealth(res, deps, record.sharedHeaders);
    return refuse(errorReply(router, "METHOD_NOT_SUPPORTED", "The health check answers GET and HEAD only.", undefined), ["allow", "GET, HEAD"]);
  }
  if (url.pathname !== "/trpc" && !url.pathname.startsWith("/trpc/")) {
    return refuse(errorReply(router, "NOT_FOUND", "Nothing is served at this path: procedures live under /trpc/.", undefined));
  }
  const path = procedurePath(url.pathname);

  switch (req.method) {
    case "OPTIONS":
      res.writeHead(204, [...ALLOW, ...SECURITY_HEADERS, ...cors.preflightFor(req), ...record.sharedHeaders]);
      res.end();
      return;
    case "GET":
    case "HEAD": {
      if (!servedFromCache(req)) return passOn(deps, req, res, record, path);
      const key = requestKey(path, url.searchParams);
      const alias = isAliasable(url.searchParams) ? record.target : null;
      const { answer, cached } = await deps.cache.resolve(key, alias, async () =>
        toCachedResponse(await answerQuery(deps, path, url, record.id), {
          maxAgeSeconds: config.cacheMaxAgeSeconds,
          varyOrigin: cors.enabled,
        }),
      );
      record.servedBy = cached ? "hit" : "miss";
      if (!res.destroyed) sendCached(req, res, answer, record.sharedHeaders);
      return;
    }
    case "POST": {
      const closing = ["connection", "close"];
      const tooLarge = () =>
        refuse(errorReply(router, "PAYLOAD_TOO_LARGE", `The request body is larger than ${config.maxBodyBytes} bytes.`, undefined), closing);
      if (Number(req.headers["content-length"] ?? 0) > config.maxBodyBytes) return tooLarge();
      const body = await readBody(req, config.maxBodyBytes, config.requestTimeoutMs, record.arrivedAt);
      if (body.kind === "too-large") return tooLarge();
      if (body.kind === "timeout") {
        return refuse(errorReply(router, "TIMEOUT", `The request did not arrive within ${config.requestTimeoutMs} ms.`, undefined), closing);
      }
      if (body.kind === "aborted") return void res.destroy();
      return passOn(deps, req, res, record, path, body.text);
    }
    default:
      return refuse(errorReply(router, "METHOD_NOT_SUPPORTED", `The API does not answer ${req.method} requests.`, undefined), ALLOW);
  }
}

/** Hands the request to tRPC's own adapter, with the headers every answer carries. */
function passOn(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, record: RequestRecord, path: string, body?: string) {
  record.servedBy = "trpc";
  setSecurityHeaders(res);
  res.setHeader("cache-control", "no-store");
  for (let i = 0; i < record.sharedHeaders.length; i += 2) res.setHeader(record.sharedHeaders[i]!, record.sharedHeaders[i + 1]!);
  return handOver(deps, req, res, path, record.id, body);
}
