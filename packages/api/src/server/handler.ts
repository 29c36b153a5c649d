import type { IncomingMessage, ServerResponse } from "node:http";
import type { RateLimiter } from "./rateLimit.js";
import type { ResponseCache } from "./responseCache.js";
import type { Cors } from "./cors.js";
import type { TrpcDeps } from "./trpcHandler.js";
import { requestIdOf } from "./requestId.js";
import { clientAddress } from "./clientAddress.js";
import { errorReply, sendError } from "./errors.js";
import { sendCached, servedFromCache } from "./fastPath.js";
import { shownTarget } from "./logging.js";
import { route } from "./route.js";
import { createContextInner } from "../context.js";

export interface ServerState {
  /** Set once shutdown begins: answers then close their connection. */
  closing: boolean;
  /** Responses not yet sent past the fast path, which shutdown waits for. */
  inFlight: Set<ServerResponse>;
}

export interface HandlerDeps extends TrpcDeps {
  cache: ResponseCache;
  limiter: RateLimiter | null;
  cors: Cors;
  state: ServerState;
}

/** What one request carries through the server: its id, its start, and the headers every answer gets. */
export interface Exchange {
  id: string;
  target: string;
  started: number;
  /** Request id, CORS grant, Connection: close while shutting down. */
  extra: string[];
  /** How it was served, for the log: hit, miss, trpc, refused, health. */
  how: string;
}

/**
 * The request listener. The common case — a GET whose exact target was answered before — is
 * served here without parsing the URL: a length check, a token, a map lookup, one write.
 */
export function createRequestListener(deps: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { config, cache, limiter, cors, state, log, router } = deps;

  const logged = (req: IncomingMessage, exchange: Exchange, status: number) =>
    log.info(
      {
        id: exchange.id,
        method: req.method,
        url: shownTarget(exchange.target),
        status,
        ms: Math.round((performance.now() - exchange.started) * 100) / 100,
        how: exchange.how,
      },
      "request",
    );

  return (req, res) => {
    const target = req.url ?? "/";
    const exchange: Exchange = { id: requestIdOf(req), target, started: performance.now(), extra: [], how: "refused" };
    exchange.extra.push("x-request-id", exchange.id);
    if (cors.enabled) exchange.extra.push(...cors.headersFor(req));
    if (state.closing) exchange.extra.push("connection", "close");

    if (target.length > config.maxUrlLength) {
      const reply = errorReply(router, "BAD_REQUEST", `The request target is longer than ${config.maxUrlLength} characters.`, undefined, 414);
      sendError(res, reply, exchange.extra);
      return logged(req, exchange, reply.status);
    }
    if (limiter !== null && target !== "/healthz") {
      const wait = limiter.take(clientAddress(req, config.trustProxy));
      if (wait > 0) {
        const reply = errorReply(router, "TOO_MANY_REQUESTS", `Too many requests from this client; retry in ${wait} s.`, undefined);
        sendError(res, reply, [...exchange.extra, "retry-after", String(wait)]);
        return logged(req, exchange, reply.status);
      }
    }
    if ((req.method === "GET" || req.method === "HEAD") && servedFromCache(req)) {
      const hit = cache.byTarget(target);
      if (hit !== undefined) {
        exchange.how = "hit";
        return logged(req, exchange, sendCached(req, res, hit, exchange.extra));
      }
    }
    state.inFlight.add(res);
    res.once("close", () => {
      state.inFlight.delete(res);
      // A keep-alive connection would otherwise hold shutdown open until it times out.
      if (state.closing) req.socket.end();
      logged(req, exchange, res.statusCode);
    });
    route(deps, req, res, exchange).catch((error: unknown) => {
      log.error({ id: exchange.id, err: error }, "request failed");
      if (res.headersSent) res.destroy();
      else {
        const ctx = createContextInner({ library: deps.library, requestId: exchange.id });
        sendError(res, errorReply(router, "INTERNAL_SERVER_ERROR", "request failed", ctx), exchange.extra);
      }
    });
  };
}
