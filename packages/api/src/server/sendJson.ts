import type { ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "./securityHeaders";

/** The headers of a JSON answer the server writes itself: never cached, with the security headers. */
export function jsonHeaders(byteLength: number): string[] {
  return ["content-type", "application/json", "content-length", String(byteLength), "cache-control", "no-store", ...SECURITY_HEADERS];
}

/** Writes a JSON answer (errors, /healthz) with whatever the caller adds (request id, CORS, Allow…); HEAD gets no body. */
export function sendJson(res: ServerResponse, status: number, json: string, sharedHeaders: readonly string[]): void {
  const body = Buffer.from(json);
  res.writeHead(status, [...jsonHeaders(body.length), ...sharedHeaders]);
  res.end(res.req.method === "HEAD" ? undefined : body);
}
