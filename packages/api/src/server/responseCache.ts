import { BoundedLru } from "./lru";
import { weightOf, type CachedResponse } from "./cachedResponse";

/** The part of the byte budget the aliases get: they weigh only their text, the answers are shared. */
const ALIAS_SHARE = 1 / 16;

/**
 * Answers by normalised request, and an index of exact request targets already seen (aliases) so
 * a hit needs no parsing. The aliases live in their own small LRU: however many spellings of a
 * request arrive, they can only push out each other, never an answer. Concurrent misses for one
 * key share a single call to tRPC.
 */
export class ResponseCache {
  private readonly answers: BoundedLru<CachedResponse>;
  /** Exact request target -> normalised key. */
  private readonly aliases: BoundedLru<string>;
  private readonly pending = new Map<string, Promise<CachedResponse>>();

  constructor(maxEntries: number, maxBytes: number) {
    const aliasBytes = Math.floor(maxBytes * ALIAS_SHARE);
    this.answers = new BoundedLru(maxEntries, maxBytes - aliasBytes);
    this.aliases = new BoundedLru(maxEntries, aliasBytes);
  }

  /** The answer already known for this exact request target, if any. */
  byTarget(target: string): CachedResponse | undefined {
    const key = this.aliases.get(target);
    return key === undefined ? undefined : this.answers.get(key);
  }

  /**
   * The answer for a normalised key, produced once however many requests ask at the same time;
   * `alias` (the exact target, or null) finds it again without parsing. `cached` tells whether
   * it was kept already.
   */
  async resolve(key: string, alias: string | null, produce: () => Promise<CachedResponse>): Promise<{ answer: CachedResponse; cached: boolean }> {
    const kept = this.answers.get(key);
    const answer = kept ?? (await this.produceOnce(key, produce));
    if (answer.reusable && alias !== null) this.aliases.set(alias, key, 2 * (alias.length + key.length));
    return { answer, cached: kept !== undefined };
  }

  private async produceOnce(key: string, produce: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const pending = this.pending.get(key);
    if (pending) {
      const shared = await pending;
      // An answer holding a server error names the request that met it: this one gets its own.
      return shared.reusable ? shared : produce();
    }
    const made = produce().finally(() => this.pending.delete(key));
    this.pending.set(key, made);
    const response = await made;
    if (response.reusable) this.answers.set(key, response, weightOf(response, key));
    return response;
  }

  /** Answers kept (aliases not counted). */
  get entries(): number {
    return this.answers.size;
  }

  /** Exact targets remembered. */
  get aliasCount(): number {
    return this.aliases.size;
  }

  /** Bytes of answers and aliases together: at most the budget given. */
  get bytes(): number {
    return this.answers.bytes + this.aliases.bytes;
  }
}

/**
 * Whether a request target may become an alias: only the parameters tRPC's own client sends
 * (`input`, `batch`), once each. Anything else still gets the cached answer, just not an alias.
 */
export function isAliasable(params: URLSearchParams): boolean {
  const names = [...params.keys()];
  return names.every((name) => name === "input" || name === "batch") && new Set(names).size === names.length;
}
