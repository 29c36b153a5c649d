import pino from "pino";
import { serve, type DossierServer, type ServeOptions } from "../../src/serve";
import { fixtureLibrary } from "@dossier/api/testing";

/** A Dossier server on an ephemeral loopback port over the fixture story, silent, without a rate limit unless asked. */
export function startServer(options: ServeOptions = {}): Promise<DossierServer> {
  return serve({
    library: fixtureLibrary(),
    port: 0,
    host: "127.0.0.1",
    rateLimit: null,
    logger: pino({ level: "silent" }),
    ...options,
  });
}

/** The GET target of one query, as tRPC's client writes it. */
export function queryTarget(path: string, input?: unknown): string {
  return input === undefined ? `/trpc/${path}` : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}
