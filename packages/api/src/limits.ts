/**
 * The limits every door that serves the contract over HTTP applies (the standalone server, the
 * web app's route handler), and that `createDossierClient` keeps below. One place, so a client
 * never builds a batch or a URL that its server refuses.
 */
export const CONTRACT_LIMITS = {
  /** Calls in one batched request. */
  maxBatchSize: 10,
  /** Characters in a request target (path and query); longer ones get 414. */
  maxUrlLength: 8192,
  /** Bytes in a request body; larger ones get 413. */
  maxBodyBytes: 64 * 1024,
} as const;

/** Bounds of a search, in plain numbers a browser form can use without loading zod. */
export const SEARCH_LIMITS = {
  /** Characters in a query. */
  maxQueryLength: 200,
  /** Words in a query: each is matched by prefix and with typos, so words, not characters, set its cost. */
  maxQueryWords: 12,
  /** Hits in one answer. */
  maxHits: 100,
} as const;
