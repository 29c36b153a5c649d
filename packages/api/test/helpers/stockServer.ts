import type { AddressInfo } from "node:net";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import type { TRPCError } from "@trpc/server";
import { appRouter, createContextInner, type Library } from "../../src/index";

/**
 * The router behind tRPC's own standalone adapter, on an ephemeral loopback port: the contract over
 * HTTP without the Dossier server (that lives in apps/server, which this package must not depend on).
 * Each request gets its own id, as any adapter would give it.
 */
export async function startStockServer(library: Library, onError?: (error: TRPCError) => void) {
  let requests = 0;
  const server = createHTTPServer({
    router: appRouter,
    basePath: "/trpc/",
    maxBatchSize: 10,
    createContext: () => createContextInner({ library, requestId: `stock-${(requests += 1)}` }),
    onError: ({ error }) => onError?.(error),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The GET target of one query, as tRPC's client writes it. */
export function queryTarget(path: string, input?: unknown): string {
  return input === undefined ? `/trpc/${path}` : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}
