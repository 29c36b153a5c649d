import type { IncomingMessage, ServerResponse } from "node:http";
import type { RateLimiter } from "./rateLimit";
import type { ResponseCache } from "./responseCache";
import type { Cors } from "./cors";
import type { TrpcDeps } from "./trpcHandler";
import { requestIdOf } from "./requestId";
import { clientAddress } from "./clientAddress";
import { clientNetwork } from "./clientNetwork";
import { errorReply, sendError } from "./errors";
import { sendCached, servedFromCache } from "./fastPath";
import { shownTarget } from "./logging";
import { isHealthCheck } from "./health";
import { route } from "./route";
import { createContextInner } from "../context";

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

/** How a request was answered, for the log. */
export type ServedBy = "hit" | "miss" | "trpc" | "health" | "refused";

/** The server's record of one HTTP request: its id, when it arrived, and the headers every answer to it gets. */
export interface RequestRecord {
  id: string;
  target: string;
  /** performance.now() when the request reached the listener. */
  arrivedAt: number;
  /** Headers every answer to this request carries: request id, CORS grant, Connection: close while shutting down. */
  sharedHeaders: string[];
  servedBy: ServedBy;
}

/**
 * The request listener. The common case — a GET whose exact target was answered before — is
 * served here without parsing the URL: a length check, a token, a map lookup, one write.
 */
export function createRequestListener(deps: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { config, cache, limiter, cors, state, log, router } = deps;

  const logged = (req: IncomingMessage, record: RequestRecord, status: number) =>
    log.info(
      {
        id: record.id,
        method: req.method,
        url: shownTarget(record.target),
        status,
        ms: Math.round((performance.now() - record.arrivedAt) * 100) / 100,
        servedBy: record.servedBy,
      },
      "request",
    );

  return (req, res) => {
    const target = req.url ?? "/";
    const record: RequestRecord = { id: requestIdOf(req), target, arrivedAt: performance.now(), sharedHeaders: [], servedBy: "refused" };
    const shared = record.sharedHeaders;
    shared.push("x-request-id", record.id);
    if (cors.enabled) shared.push(...cors.headersFor(req));
    if (state.closing) shared.push("connection", "close");

    if (target.length > config.maxUrlLength) {
      const reply = errorReply(router, "BAD_REQUEST", `The request target is longer than ${config.maxUrlLength} characters.`, undefined, 414);
      sendError(res, reply, shared);
      return logged(req, record, reply.status);
    }
    if (limiter !== null && !isHealthCheck(target)) {
      const wait = limiter.take(clientNetwork(clientAddress(req, config.trustProxyHops)));
      if (wait > 0) {
        const reply = errorReply(router, "TOO_MANY_REQUESTS", `Too many requests from this client; retry in ${wait} s.`, undefined);
        sendError(res, reply, [...shared, "retry-after", String(wait)]);
        return logged(req, record, reply.status);
      }
    }
    if ((req.method === "GET" || req.method === "HEAD") && servedFromCache(req)) {
      const hit = cache.byTarget(target);
      if (hit !== undefined) {
        record.servedBy = "hit";
        return logged(req, record, sendCached(req, res, hit, shared));
      }
    }
    state.inFlight.add(res);
    res.once("close", () => {
      state.inFlight.delete(res);
      // A keep-alive connection would otherwise hold shutdown open until it times out.
      if (state.closing) req.socket.end();
      logged(req, record, res.statusCode);
    });
    route(deps, req, res, record).catch((error: unknown) => {
      log.error({ id: record.id, err: error }, "request failed");
      if (res.headersSent) res.destroy();
      else {
        const ctx = createContextInner({ library: deps.library, requestId: record.id });
        sendError(res, errorReply(router, "INTERNAL_SERVER_ERROR", "request failed", ctx), shared);
      }
    });
  };
}
