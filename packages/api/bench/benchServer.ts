// One of the three servers the API benchmark compares, run in its own process: `tsx bench/benchServer.ts plain|stock|dossier`.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { appRouter, createCaller, createContextInner } from "../src/index";
import { serve } from "../src/server/serve";
import { createLogger } from "../src/server/logging";
import { benchLibrary, benchStoryId } from "./benchStory";

const library = benchLibrary();
const storyId = benchStoryId(library);
const kind = process.argv[2];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** (a) node:http answering every request with the claims list, serialised once in tRPC's envelope. */
async function plain(): Promise<string> {
  const claims = await createCaller(createContextInner({ library })).claims.list({ storyId });
  const body = Buffer.from(JSON.stringify({ result: { data: claims } }));
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
  return listen(server);
}

/** (b) tRPC's stock standalone adapter over the same router. */
function stock(): Promise<string> {
  const server = createHTTPServer({
    router: appRouter,
    basePath: "/trpc/",
    maxBatchSize: 10,
    createContext: () => createContextInner({ library }),
  });
  return listen(server);
}

/** (c) the Dossier server with everything on: rate limit (above the bench load) and info logs (to LOG_FILE). */
async function dossier(): Promise<string> {
  const logger = createLogger({ level: "info", file: process.env.LOG_FILE ?? "/dev/null" });
  const server = await serve({ library, port: 0, logger, rateLimit: { perSecond: 1_000_000, burst: 1_000_000 } });
  return server.url;
}

const start = { plain, stock, dossier }[kind as "plain" | "stock" | "dossier"];
if (!start) throw new Error(`unknown server kind ${kind}; use plain, stock or dossier`);
const url = await start();
process.send?.({ type: "listening", url, storyId });
// The bench asks for the CPU time spent, to tell server cost from the load generator's limits.
process.on("message", (m: { type?: string }) => m.type === "cpu" && process.send?.({ type: "cpu", usage: process.cpuUsage() }));
process.on("SIGTERM", () => process.exit(0));
