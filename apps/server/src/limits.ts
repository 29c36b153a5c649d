import type { IncomingMessage } from "node:http";
import { isIPv4, isIPv6, type Socket } from "node:net";

/** A token bucket per client: `burst` calls at once, refilled at `perSecond`. */
export interface RateLimiter {
  /**
   * Takes `cost` tokens (one per call of a batch, at most the burst, so any batch can pass in time).
   * Returns 0 when the request may go ahead, else the whole seconds to wait. `now` is a monotonic
   * clock in ms (performance.now()), so a step of the wall clock neither stops nor floods refills.
   */
  take(client: string, cost?: number, now?: number): number;
  /** Clients currently tracked (bounded by `maxClients`). */
  readonly clients: number;
}

export function createRateLimiter(perSecond: number, burst: number, maxClients = 100_000): RateLimiter {
  // A Map keeps insertion order: moving a bucket to the end on use keeps the least recently used first.
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perSecond / 1000;
  return {
    take(client, cost = 1, now = performance.now()) {
      const need = Math.min(Math.max(cost, 1), burst);
      let bucket = buckets.get(client);
      if (!bucket) {
        // Forget the client seen least recently rather than grow without bound: churning through
        // new addresses cannot push out a client that keeps asking.
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
        bucket = { tokens: burst, at: now };
      } else {
        buckets.delete(client);
        if (now > bucket.at) {
          bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
          bucket.at = now;
        }
      }
      buckets.set(client, bucket);
      if (bucket.tokens >= need) {
        bucket.tokens -= need;
        return 0;
      }
      return Math.max(1, Math.ceil((need - bucket.tokens) / perSecond));
    },
    get clients() {
      return buckets.size;
    },
  };
}

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

/** Open connections, counted in all and by client network. */
export interface ConnectionGate {
  /** Called for each new socket: keeps it, makes room for it, or closes it. */
  admit(socket: Socket): void;
  readonly open: number;
}

/** Whether a socket is answering a request now; Node keeps the response it is writing there. */
const answering = (socket: Socket): boolean => (socket as { _httpMessage?: unknown })._httpMessage != null;

/**
 * Caps connections so that sockets which never send a request cannot take every file descriptor.
 * One client network may hold `perClient` (0: no such cap). At `max`, the oldest connection that is
 * not being answered (idle keep-alive, or still sending its headers) is closed to make room; when
 * every connection is busy, the newcomer is closed instead.
 */
export function createConnectionGate(max: number, perClient: number): ConnectionGate {
  // Insertion order is age: the first idle socket found is the oldest.
  const sockets = new Map<Socket, string>();
  const byClient = new Map<string, number>();
  const forget = (socket: Socket) => {
    const client = sockets.get(socket);
    if (client === undefined) return;
    sockets.delete(socket);
    const left = (byClient.get(client) ?? 1) - 1;
    if (left > 0) byClient.set(client, left);
    else byClient.delete(client);
  };
  return {
    admit(socket) {
      const client = clientNetwork(socket.remoteAddress ?? "unknown");
      if (perClient > 0 && (byClient.get(client) ?? 0) >= perClient) return void socket.destroy();
      if (sockets.size >= max) {
        let oldestIdle: Socket | undefined;
        for (const open of sockets.keys()) {
          if (!answering(open)) {
            oldestIdle = open;
            break;
          }
        }
        if (!oldestIdle) return void socket.destroy();
        forget(oldestIdle);
        oldestIdle.destroy();
      }
      sockets.set(socket, client);
      byClient.set(client, (byClient.get(client) ?? 0) + 1);
      socket.once("close", () => forget(socket));
    },
    get open() {
      return sockets.size;
    },
  };
}

export type BodyResult = { kind: "body"; text: string } | { kind: "too-large" } | { kind: "timeout" } | { kind: "aborted" };

/**
 * Reads a request body of at most `maxBytes` within `timeoutMs` counted from `arrivedAt` (the
 * `performance.now()` at which the request reached the server; a timeout of 0 waits for ever):
 * a slow or endless sender gets an answer instead of holding a socket.
 */
export function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number, arrivedAt: number): Promise<BodyResult> {
  const remainingMs = timeoutMs > 0 ? arrivedAt + timeoutMs - performance.now() : Infinity;
  if (remainingMs <= 0) return Promise.resolve({ kind: "timeout" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onAbort).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish({ kind: "too-large" });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: "body", text: Buffer.concat(chunks).toString("utf8") });
    const onAbort = () => finish({ kind: "aborted" });
    const onClose = () => {
      if (!req.complete) finish({ kind: "aborted" });
    };
    const timer = remainingMs === Infinity ? undefined : setTimeout(() => finish({ kind: "timeout" }), remainingMs);
    req.on("data", onData).on("end", onEnd).on("error", onAbort).on("close", onClose);
  });
}
