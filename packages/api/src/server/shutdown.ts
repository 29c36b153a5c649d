import type { Server } from "node:http";
import type { ServerState } from "./handler";

/**
 * Stops taking connections, lets requests in flight finish (their answers close the
 * connection), and cuts whatever is left after `graceMs`. Idempotent.
 */
export function gracefulClose(server: Server, state: ServerState, graceMs: number): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () => {
    closed ??= new Promise<void>((resolve) => {
      state.closing = true;
      for (const res of state.inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closed;
  };
}
