import type { IncomingMessage } from "node:http";
import { isIPv4, isIPv6 } from "node:net";

/**
 * Who is asking. Behind `trustedHops` proxies of your own, each appends the address it saw to
 * X-Forwarded-For, so the client is the `trustedHops`-th entry from the right (or the leftmost,
 * when fewer came through). Without a trusted proxy (0), that header is anyone's to forge and is ignored.
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

/**
 * The network a client address stands for in the limits: an IPv4 address itself (an IPv4-mapped
 * IPv6 address as IPv4), an IPv6 address its /64 — one subscriber commonly holds a whole /64, so
 * counting single IPv6 addresses would give them billions of buckets. Anything else is counted as it is.
 */
export function clientNetwork(address: string): string {
  if (isIPv4(address)) return address;
  const bare = address.split("%", 1)[0]!;
  if (!isIPv6(bare)) return address;
  const groups = ipv6Groups(bare);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a dotted IPv4 tail converted. */
function ipv6Groups(address: string): number[] {
  const toGroups = (part: string): number[] =>
    part === ""
      ? []
      : part.split(":").flatMap((piece) => {
          if (!piece.includes(".")) return [parseInt(piece, 16)];
          const [a, b, c, d] = piece.split(".").map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const gap = address.indexOf("::");
  if (gap === -1) return toGroups(address);
  const head = toGroups(address.slice(0, gap));
  const tail = toGroups(address.slice(gap + 2));
  return [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}
