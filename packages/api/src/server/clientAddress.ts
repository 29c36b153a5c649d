import type { IncomingMessage } from "node:http";

/**
 * Who is asking, for the rate limit. Behind `trustedHops` proxies of your own, each appends the
 * address it saw to X-Forwarded-For, so the client is the `trustedHops`-th entry from the right
 * (or the leftmost, when fewer came through). Without a trusted proxy (0), that header is anyone's
 * to forge and is ignored.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  if (trustedHops > 0) {
    const forwarded = req.headers["x-forwarded-for"];
    const hops = typeof forwarded === "string" ? forwarded.split(",") : [];
    const client = hops[Math.max(0, hops.length - trustedHops)]?.trim();
    if (client) return client.slice(0, 64);
  }
  return req.socket.remoteAddress ?? "unknown";
}
