import { createHash } from "node:crypto";
import { SECURITY_HEADERS, type CachedAnswer } from "./replies";

/**
 * A map bounded by entry count and by bytes, forgetting the least recently used first.
 * A Map keeps insertion order, so re-inserting on read keeps the oldest at the front.
 */
export class BoundedLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private used = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores a value that weighs `bytes`; one heavier than the whole budget is not kept. */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes || this.maxEntries === 0) return;
    this.entries.set(key, { value, bytes });
    this.used += bytes;
    while (this.entries.size > this.maxEntries || this.used > this.maxBytes) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }
}

/** What tRPC answered to one query, before it becomes a CachedAnswer. */
export interface TrpcAnswer {
  status: number;
  body: string;
  /** The headers tRPC set (content-type, vary…). */
  headers: Headers;
  /** Whether any call failed on the server's side (5xx), even inside a batch answered 207. */
  serverFailed: boolean;
}

export interface CachePolicy {
  maxAgeSeconds: number;
  /** Responses differ by Origin when CORS is on. */
  varyOrigin: boolean;
}

/** An answer with everything the cache decides about it. */
export interface Produced {
  answer: CachedAnswer;
  /** No call failed on the server's side: the bytes name no request, so concurrent askers may share them. */
  shareable: boolean;
  /**
   * Every call succeeded: only such answers are kept. A refusal echoes what the client sent (a stray
   * key, an unknown id), so keeping refusals would let junk push real answers out of the cache.
   */
  keep: boolean;
}

/** A strong ETag from the bytes themselves: equal on every replica that sends the same bytes. */
const etagOf = (body: Uint8Array): string => `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;

export function toProduced(answer: TrpcAnswer, policy: CachePolicy): Produced {
  const body = Buffer.from(answer.body);
  const fromTrpc: string[] = [];
  let vary = "";
  for (const [name, value] of answer.headers) {
    if (name === "vary") vary = value;
    else if (name !== "content-length") fromTrpc.push(name, value);
  }
  if (policy.varyOrigin) vary = vary ? `${vary}, origin` : "origin";
  // Hashed once per cache entry: a miss pays for it, a hit only sends it.
  const etag = answer.status === 200 ? etagOf(body) : null;
  const caching = etag
    ? ["etag", etag, "cache-control", `public, max-age=${policy.maxAgeSeconds}`]
    : ["cache-control", "no-store"];
  const varying = vary ? ["vary", vary] : [];
  return {
    answer: {
      status: answer.status,
      body,
      etag,
      headers: [...fromTrpc, "content-length", String(body.length), ...caching, ...varying, ...SECURITY_HEADERS],
      notModified: [...caching, ...varying, ...SECURITY_HEADERS],
    },
    shareable: answer.status < 500 && !answer.serverFailed,
    keep: answer.status === 200 && !answer.serverFailed,
  };
}

/** What a kept answer weighs in the cache's byte budget. */
const weightOf = (answer: CachedAnswer, key: string): number =>
  answer.body.length + key.length * 2 + 64 * (answer.headers.length + answer.notModified.length);

/** The part of the byte budget the aliases get: they weigh only their text, the answers are shared. */
const ALIAS_SHARE = 1 / 16;

/**
 * Answers by normalised request, and an index of exact request targets already seen (aliases) so
 * a hit needs no parsing. The aliases live in their own small LRU: however many spellings of a
 * request arrive, they can only push out each other, never an answer. Concurrent misses for one
 * key share a single call to tRPC.
 */
export class ResponseCache {
  private readonly answers: BoundedLru<CachedAnswer>;
  /** Exact request target -> normalised key. */
  private readonly aliases: BoundedLru<string>;
  private readonly pending = new Map<string, Promise<Produced>>();

  constructor(maxEntries: number, maxBytes: number) {
    const aliasBytes = Math.floor(maxBytes * ALIAS_SHARE);
    this.answers = new BoundedLru(maxEntries, maxBytes - aliasBytes);
    this.aliases = new BoundedLru(maxEntries, aliasBytes);
  }

  /** The answer kept for this exact request target, if any. */
  byTarget(target: string): CachedAnswer | undefined {
    const key = this.aliases.get(target);
    return key === undefined ? undefined : this.answers.get(key);
  }

  /**
   * The answer for a normalised key, produced once however many requests ask at the same time;
   * `alias` (the exact target, or null) finds it again without parsing. `cached` says whether it was kept already.
   */
  async resolve(
    key: string,
    alias: string | null,
    produce: () => Promise<Produced>,
  ): Promise<{ answer: CachedAnswer; cached: boolean }> {
    const kept = this.answers.get(key);
    if (kept) {
      if (alias !== null) this.aliases.set(alias, key, 2 * (alias.length + key.length));
      return { answer: kept, cached: true };
    }
    const made = await this.produceOnce(key, produce);
    if (made.keep && alias !== null) this.aliases.set(alias, key, 2 * (alias.length + key.length));
    return { answer: made.answer, cached: false };
  }

  private async produceOnce(key: string, produce: () => Promise<Produced>): Promise<Produced> {
    const pending = this.pending.get(key);
    if (pending) {
      const shared = await pending;
      // An answer holding a server error names the request that met it: this one gets its own.
      return shared.shareable ? shared : produce();
    }
    const made = produce().finally(() => this.pending.delete(key));
    this.pending.set(key, made);
    const produced = await made;
    if (produced.keep) this.answers.set(key, produced.answer, weightOf(produced.answer, key));
    return produced;
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

/**
 * The normalised form of a query request: what tRPC reads from it, and nothing else. Two requests
 * with the same key get byte-identical answers. tRPC reads `batch`, `input` (JSON) and
 * `connectionParams`; any other parameter, and any spelling of the same JSON, makes no difference.
 */
export function requestKey(path: string, params: URLSearchParams): string {
  const input = params.get("input");
  return JSON.stringify([
    path,
    params.get("batch") === "1",
    input === null ? null : canonicalInput(input),
    params.get("connectionParams"),
  ]);
}

/** Deeper inputs are keyed by their exact text: still sound, and no recursion an attacker can run out of stack with. */
const MAX_CANONICAL_DEPTH = 32;

/** The input's JSON with keys sorted; text that is not JSON, or nests too deep, is kept as it is. */
export function canonicalInput(raw: string): string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return `raw:${raw}`;
  }
  const canonical = canonicalJson(value, 0);
  return canonical === null ? `raw:${raw}` : `json:${canonical}`;
}

/** JSON with sorted keys, telling apart values JSON.stringify would merge (-0 and 0, 1e999 and null); null when too deep. */
function canonicalJson(value: unknown, depth: number): string | null {
  if (typeof value === "number") {
    if (Object.is(value, -0)) return "-0";
    return Number.isFinite(value) ? String(value) : value > 0 ? "1e999" : "-1e999";
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (depth >= MAX_CANONICAL_DEPTH) return null;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      const part = canonicalJson(item, depth + 1);
      if (part === null) return null;
      parts.push(part);
    }
    return `[${parts.join(",")}]`;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) {
    const part = canonicalJson(record[key], depth + 1);
    if (part === null) return null;
    parts.push(`${JSON.stringify(key)}:${part}`);
  }
  return `{${parts.join(",")}}`;
}
