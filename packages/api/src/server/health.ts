import type { ServerResponse } from "node:http";
import type { HandlerDeps } from "./handler";
import { sendJson } from "./sendJson";

/** Whether a request target asks for the health check: `/healthz`, with or without a query string. */
export const isHealthCheck = (target: string): boolean => target === "/healthz" || target.startsWith("/healthz?");

/** /healthz: 200 while serving, 503 once shutdown has begun so a load balancer stops sending. */
export function sendHealth(res: ServerResponse, deps: HandlerDeps, sharedHeaders: readonly string[]): void {
  const closing = deps.state.closing;
  const body = JSON.stringify({
    status: closing ? "closing" : "ok",
    version: deps.library.version,
    stories: deps.library.stories.size,
  });
  sendJson(res, closing ? 503 : 200, body, sharedHeaders);
}
