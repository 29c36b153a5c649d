// `@dossier/api/client`: the typed HTTP client for the contract, matched to the server's limits.
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "./root";
import { CONTRACT_LIMITS } from "./limits";

export interface DossierClientOptions {
  /** Abort a request that has not answered after this long; 0 waits for ever. Default 10 s. */
  timeoutMs?: number;
  /** Extra headers on every request (e.g. an authorisation for a proxy in front). */
  headers?: Record<string, string>;
  /** The fetch to use; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export type DossierClient = TRPCClient<AppRouter>;

/**
 * A client for the tRPC endpoint at `url` (e.g. `http://127.0.0.1:3001/trpc`, or `/api/trpc` in
 * the browser). Batches hold at most as many calls, and URLs as many characters, as a Dossier
 * server accepts; a longer batch is split rather than refused.
 */
export function createDossierClient(url: string, options: DossierClientOptions = {}): DossierClient {
  const { timeoutMs = 10_000, headers, fetch: baseFetch = globalThis.fetch } = options;
  const fetchWithTimeout: typeof globalThis.fetch = (input, init) => {
    if (timeoutMs <= 0) return baseFetch(input, init);
    const timeout = AbortSignal.timeout(timeoutMs);
    return baseFetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        maxItems: CONTRACT_LIMITS.maxBatchSize,
        maxURLLength: CONTRACT_LIMITS.maxUrlLength,
        fetch: fetchWithTimeout,
        ...(headers ? { headers } : {}),
      }),
    ],
  });
}

export type { AppRouter };
