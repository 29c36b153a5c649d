import type { IncomingMessage } from "node:http";

/**
 * Who is asking, for the rate limit. Behind a trusted proxy the last X-Forwarded-For hop is
 * the address that proxy saw; without one, that header is anyone's to forge and is ignored.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const hops = typeof forwarded === "string" ? forwarded.split(",") : [];
    const last = hops[hops.length - 1]?.trim();
    if (last) return last.slice(0, 64);
  }
  return req.socket.remoteAddress ?? "unknown";
}
