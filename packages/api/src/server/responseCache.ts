import { BoundedLru } from "./lru.js";
import { weightOf, type CachedResponse } from "./cachedResponse.js";

/**
 * Answers by request: looked up first by the exact request target (no parsing on a hit), then
 * by the normalised key. Concurrent misses for one key share a single call to tRPC.
 */
export class ResponseCache {
  private readonly lru: BoundedLru<CachedResponse>;
  private readonly pending = new Map<string, Promise<CachedResponse>>();

  constructor(maxEntries: number, maxBytes: number) {
    this.lru = new BoundedLru(maxEntries, maxBytes);
  }

  /** The answer already known for this exact request target, if any. */
  byTarget(target: string): CachedResponse | undefined {
    return this.lru.get(`t ${target}`);
  }

  /** The answer for a normalised key, produced once however many requests ask at the same time. */
  async resolve(target: string, key: string, produce: () => Promise<CachedResponse>): Promise<CachedResponse> {
    let response = this.lru.get(`k ${key}`);
    if (!response) {
      let pending = this.pending.get(key);
      if (!pending) {
        pending = produce().finally(() => this.pending.delete(key));
        this.pending.set(key, pending);
        pending.then((made) => this.keep(`k ${key}`, made), () => undefined);
      }
      response = await pending;
    }
    this.keep(`t ${target}`, response);
    return response;
  }

  private keep(key: string, response: CachedResponse): void {
    if (response.reusable) this.lru.set(key, response, weightOf(response, key));
  }

  get entries(): number {
    return this.lru.size;
  }

  get bytes(): number {
    return this.lru.bytes;
  }
}
