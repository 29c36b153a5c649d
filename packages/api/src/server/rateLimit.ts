/** A token bucket per client: `burst` requests at once, refilled at `perSecond`. */
export interface RateLimiter {
  /** 0 when the request may go ahead, else the whole seconds to wait before the next token. */
  take(client: string, now?: number): number;
  /** Clients currently tracked (bounded by `maxClients`). */
  readonly clients: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(perSecond: number, burst: number, maxClients = 100_000): RateLimiter {
  // A Map keeps insertion order: moving a bucket to the end on use keeps the least recently used first.
  const buckets = new Map<string, Bucket>();
  const perMs = perSecond / 1000;
  return {
    take(client, now = Date.now()) {
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
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
    },
    get clients() {
      return buckets.size;
    },
  };
}
