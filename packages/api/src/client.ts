// `@dossier/api/client`: the typed HTTP client for the contract, matched to the server's limits.
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "./root";
import { CONTRACT_LIMITS } from "./limits";
import { boundedFetch } from "./boundedFetch";

export { DossierClientError, type DossierClientFailure } from "./clientError";

/**
 * The default cap on one answer (a whole batch): 8 MiB. The largest answer of the shipped stories,
 * `export.story` as `json`, is about 170 kB, so a full batch of ten of them still fits five times.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export interface DossierClientOptions {
  /**
   * Give up on a request that is not over after this long: connecting, the headers and the whole
   * body, so a server that drips its answer is cut off too. 0 waits for ever. Default 10 s.
   */
  timeoutMs?: number;
  /**
   * Stop reading an answer the moment it passes this many bytes, and fail with a
   * `DossierClientError`. Default `DEFAULT_MAX_RESPONSE_BYTES` (8 MiB); `Infinity` turns it off.
   */
  maxResponseBytes?: number;
  /** Extra headers on every request (e.g. an authorisation for a proxy in front). */
  headers?: Record<string, string>;
  /** The fetch to use; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export type DossierClient = TRPCClient<AppRouter>;

/**
 * A client for the tRPC endpoint at `url` (e.g. `http://127.0.0.1:3001/trpc`, or `/api/trpc` in
 * the browser). Batches hold at most as many calls, and URLs as many characters, as a Dossier
 * server accepts; a longer batch is split rather than refused. A request that passes its deadline
 * or its size cap fails with a `TRPCClientError` whose `cause` is a `DossierClientError`, its
 * message one sentence naming the server and what happened.
 */
export function createDossierClient(url: string, options: DossierClientOptions = {}): DossierClient {
  const {
    timeoutMs = 10_000,
    maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
    headers,
    fetch: baseFetch = (input, init) => globalThis.fetch(input, init),
  } = options;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        maxItems: CONTRACT_LIMITS.maxBatchSize,
        maxURLLength: CONTRACT_LIMITS.maxUrlLength,
        fetch: boundedFetch(baseFetch, { url, timeoutMs, maxResponseBytes }),
        ...(headers ? { headers } : {}),
      }),
    ],
  });
}

export type { AppRouter };
