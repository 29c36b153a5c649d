import type { ServerResponse } from "node:http";
import type { HandlerDeps } from "./handler.js";
import { SECURITY_HEADERS } from "./securityHeaders.js";

/** /healthz: 200 while serving, 503 once shutdown has begun so a load balancer stops sending. */
export function sendHealth(res: ServerResponse, deps: HandlerDeps, extra: readonly string[]): void {
  const closing = deps.state.closing;
  const body = JSON.stringify({
    status: closing ? "closing" : "ok",
    version: deps.library.version,
    stories: deps.library.stories.size,
  });
  res.writeHead(closing ? 503 : 200, [
    "content-type",
    "application/json",
    "content-length",
    String(Buffer.byteLength(body)),
    "cache-control",
    "no-store",
    ...SECURITY_HEADERS,
    ...extra,
  ]);
  res.end(res.req.method === "HEAD" ? undefined : body);
}
