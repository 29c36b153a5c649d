import type { IncomingMessage, ServerResponse } from "node:http";
import { createContextInner } from "@dossier/api";
import type { ServerConfig } from "./config";
import type { Cors } from "./cors";
import { isAliasable, requestKey, toProduced, type ResponseCache } from "./cache";
import { clientAddress, clientNetwork, readBody, type RateLimiter } from "@dossier/http-guard";
import { requestIdOf, shownTarget, type RefusalLog } from "./logging";
import {
  ALLOWED_METHODS,
  errorReply,
  sendCached,
  sendError,
  sendJson,
  SECURITY_HEADERS,
  setSecurityHeaders,
  type ErrorReply,
} from "./replies";
import { answerQuery, callsIn, handOver, procedurePath, type TrpcDeps } from "./trpcBridge";

export interface ServerState {
  /** Set once shutdown begins: answers then close their connection, and /healthz says 503. */
  closing: boolean;
  /** Responses not served from the cache at once, which shutdown waits for. */
  inFlight: Set<ServerResponse>;
}

export interface ListenerDeps extends TrpcDeps {
  config: ServerConfig;
  cache: ResponseCache;
  limiter: RateLimiter | null;
  cors: Cors;
  state: ServerState;
  refusals: RefusalLog;
}

/** How a request was answered, for the log: from the cache ("hit"), filled through tRPC ("miss"), by tRPC's adapter, or refused. */
type ServedBy = "hit" | "miss" | "trpc" | "health" | "refused";

/** One HTTP request as the server tracks it. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  id: string;
  target: string;
  /** performance.now() when the request reached the listener. */
  arrivedAt: number;
  /** Headers every answer to this request carries: request id, CORS grant, Connection: close. */
  shared: string[];
  servedBy: ServedBy;
}

const isHealthCheck = (target: string): boolean => target === "/healthz" || target.startsWith("/healthz?");

/** A GET tRPC answers the same whatever its headers: not a streamed batch (jsonl) and no form or binary content type. */
function cacheable(req: IncomingMessage): boolean {
  const { headers } = req;
  if (headers["trpc-accept"] !== undefined) return false;
  if (headers.accept !== undefined && headers.accept.includes("application/jsonl")) return false;
  const type = headers["content-type"];
  return type === undefined || type.split(";", 1)[0]!.trim().toLowerCase() === "application/json";
}

/** A body the server will not read (on anything but POST): the connection closes after the answer rather than wait for it. */
const unreadBody = (req: IncomingMessage): boolean =>
  req.method !== "POST" && (req.headers["transfer-encoding"] !== undefined || (req.headers["content-length"] ?? "0") !== "0");

/** HTTP/1.1 asks for exactly one Host header (RFC 9112 §3.2); Node would answer a bare 400 itself or keep the first. */
function hostProblem(req: IncomingMessage): string | null {
  let hosts = 0;
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.length === 4 && raw[i]!.toLowerCase() === "host") hosts += 1;
  if (hosts > 1) return "The request has more than one Host header.";
  if (hosts === 0 && req.httpVersion !== "1.0") return "The request has no Host header.";
  return null;
}

/**
 * The request listener. The common case — a GET whose exact target was answered before — is
 * served without parsing the URL: a length check, the tokens, a map lookup, one write.
 */
export function createRequestListener(deps: ListenerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { config, cache, limiter, cors, state, log, router, refusals } = deps;
  const trustProxy = config.trustProxyHops > 0;

  const logged = (ex: Exchange, status: number) =>
    log.info(
      {
        id: ex.id,
        method: ex.req.method,
        url: shownTarget(ex.target),
        status,
        ms: Math.round((performance.now() - ex.arrivedAt) * 100) / 100,
        servedBy: ex.servedBy,
      },
      "request",
    );

  return (req, res) => {
    const target = req.url ?? "/";
    const ex: Exchange = {
      req,
      res,
      id: requestIdOf(req, trustProxy),
      target,
      arrivedAt: performance.now(),
      shared: [],
      servedBy: "refused",
    };
    const shared = ex.shared;
    shared.push("x-request-id", ex.id);
    if (cors.enabled) shared.push(...cors.headersFor(req));
    if (state.closing || unreadBody(req)) shared.push("connection", "close");

    if (limiter !== null && !isHealthCheck(target)) {
      // First, so that no refusal below can be repeated at will; every call of a batch costs a token.
      const client = clientNetwork(clientAddress(req, config.trustProxyHops));
      const wait = limiter.take(client, callsIn(target));
      if (wait > 0) {
        const reply = errorReply(router, "TOO_MANY_REQUESTS", `Too many requests from this client; retry in ${wait} s.`);
        sendError(res, reply, [...shared, "retry-after", String(wait)]);
        // Counted, not logged one by one: a flood of refusals must not become a flood of log lines.
        return refusals.refused(client, "rate-limit");
      }
    }
    const badHost = hostProblem(req);
    if (badHost !== null) {
      sendError(
        res,
        errorReply(router, "BAD_REQUEST", badHost),
        shared.includes("connection") ? shared : [...shared, "connection", "close"],
      );
      return logged(ex, 400);
    }
    if (target.length > config.maxUrlLength) {
      const reply = errorReply(
        router,
        "BAD_REQUEST",
        `The request target is longer than ${config.maxUrlLength} characters.`,
        undefined,
        414,
      );
      sendError(res, reply, shared);
      return logged(ex, reply.status);
    }
    if ((req.method === "GET" || req.method === "HEAD") && cacheable(req)) {
      const hit = cache.byTarget(target);
      if (hit !== undefined) {
        ex.servedBy = "hit";
        return logged(ex, sendCached(req, res, hit, shared));
      }
    }
    state.inFlight.add(res);
    res.once("close", () => {
      state.inFlight.delete(res);
      // A keep-alive connection would otherwise hold shutdown open until it times out.
      if (state.closing) req.socket.end();
      logged(ex, res.statusCode);
    });
    route(deps, ex).catch((error: unknown) => {
      log.error({ id: ex.id, err: error }, "request failed");
      if (res.headersSent) res.destroy();
      else
        sendError(
          res,
          errorReply(
            router,
            "INTERNAL_SERVER_ERROR",
            "request failed",
            createContextInner({ library: deps.library, requestId: ex.id }),
          ),
          shared,
        );
    });
  };
}

/** Everything past the cache hit: parse the target, then health, preflight, cached query, POST or refusal. */
async function route(deps: ListenerDeps, ex: Exchange): Promise<void> {
  const { router, config, cors, cache } = deps;
  const { req, res } = ex;
  const refuse = (reply: ErrorReply, moreHeaders: readonly string[] = []) =>
    sendError(res, reply, [...ex.shared, ...moreHeaders]);

  let url: URL;
  try {
    url = new URL(ex.target, "http://localhost");
  } catch {
    return refuse(errorReply(router, "BAD_REQUEST", "The request target is not a valid URL."));
  }
  if (url.pathname === "/healthz") {
    ex.servedBy = "health";
    if (req.method !== "GET" && req.method !== "HEAD") {
      return refuse(errorReply(router, "METHOD_NOT_SUPPORTED", "The health check answers GET and HEAD only."), [
        "allow",
        "GET, HEAD",
      ]);
    }
    const { closing } = deps.state;
    const health = { status: closing ? "closing" : "ok", version: deps.library.version, stories: deps.library.stories.size };
    return sendJson(res, closing ? 503 : 200, JSON.stringify(health), ex.shared);
  }
  if (url.pathname !== "/trpc" && !url.pathname.startsWith("/trpc/")) {
    return refuse(errorReply(router, "NOT_FOUND", "Nothing is served at this path: procedures live under /trpc/."));
  }
  const path = procedurePath(url.pathname);

  switch (req.method) {
    case "OPTIONS":
      res.writeHead(204, ["allow", ALLOWED_METHODS, ...SECURITY_HEADERS, ...cors.preflightFor(req), ...ex.shared]);
      res.end();
      return;
    case "GET":
    case "HEAD": {
      if (!cacheable(req)) return passOn(deps, ex, url, path);
      const key = requestKey(path, url.searchParams);
      const alias = isAliasable(url.searchParams) ? ex.target : null;
      const policy = { maxAgeSeconds: config.cacheMaxAgeSeconds, varyOrigin: cors.enabled };
      const { answer, cached } = await cache.resolve(key, alias, async () =>
        toProduced(await answerQuery(deps, path, url, ex.id), policy),
      );
      ex.servedBy = cached ? "hit" : "miss";
      if (!res.destroyed) sendCached(req, res, answer, ex.shared);
      return;
    }
    case "POST": {
      const closing = ["connection", "close"];
      const tooLarge = () =>
        refuse(errorReply(router, "PAYLOAD_TOO_LARGE", `The request body is larger than ${config.maxBodyBytes} bytes.`), closing);
      if (Number(req.headers["content-length"] ?? 0) > config.maxBodyBytes) return tooLarge();
      const body = await readBody(req, config.maxBodyBytes, config.requestTimeoutMs, ex.arrivedAt);
      if (body.kind === "too-large") return tooLarge();
      if (body.kind === "timeout") {
        return refuse(errorReply(router, "TIMEOUT", `The request did not arrive within ${config.requestTimeoutMs} ms.`), closing);
      }
      if (body.kind === "aborted") return void res.destroy();
      return passOn(deps, ex, url, path, body.text);
    }
    default:
      return refuse(errorReply(router, "METHOD_NOT_SUPPORTED", `The API does not answer ${req.method} requests.`), [
        "allow",
        ALLOWED_METHODS,
      ]);
  }
}

/** Hands the request to tRPC's own adapter, with the headers every answer carries. */
function passOn(deps: ListenerDeps, ex: Exchange, url: URL, path: string, body?: string) {
  ex.servedBy = "trpc";
  const { res } = ex;
  setSecurityHeaders(res);
  res.setHeader("cache-control", "no-store");
  for (let i = 0; i < ex.shared.length; i += 2) res.setHeader(ex.shared[i]!, ex.shared[i + 1]!);
  return handOver(deps, ex.req, res, url, path, ex.id, body);
}
