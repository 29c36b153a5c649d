/** A token bucket per client: `burst` calls at once, refilled at `perSecond`. */
export interface RateLimiter {
  /**
   * Takes `cost` tokens (one per call of a batch, at most the burst, so any batch can pass in time).
   * Returns 0 when the request may go ahead, else the whole seconds to wait. `now` is a monotonic
   * clock in ms (performance.now()), so a step of the wall clock neither stops nor floods refills.
   */
  take(client: string, cost?: number, now?: number): number;
  /**
   * The share of its burst a client has left now, from 0 to 1, without taking anything: 1 for a
   * client not seen lately. Load shedding reads it to tell a light client from a heavy one.
   */
  left(client: string, now?: number): number;
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
    left(client, now = performance.now()) {
      const bucket = buckets.get(client);
      if (!bucket) return 1;
      const tokens = now > bucket.at ? Math.min(burst, bucket.tokens + (now - bucket.at) * perMs) : bucket.tokens;
      return tokens / burst;
    },
    get clients() {
      return buckets.size;
    },
  };
}
