// The servers the Dossier server is measured against, one per process:
// `tsx bench/peers.ts plain|stock|fastify`. Each serves claims.list and prints the URL it listens on.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import Fastify from "fastify";
import helmet from "@fastify/helmet";
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import pino from "pino";
import { appRouter, createCaller, createContextInner, CONTRACT_LIMITS } from "@dossier/api";
import { libraryFromEnv } from "../src/config";
import { BENCH_ORIGIN } from "./benchSetup";

const library = libraryFromEnv();
const [storyId] = library.stories.keys();
if (!storyId) throw new Error("the bench found no story to serve");

/** The claims list in tRPC's envelope, serialised once: the bytes the Dossier server keeps in its cache. */
async function claimsBody(): Promise<Buffer> {
  const claims = await createCaller(createContextInner({ library })).claims.list({ storyId: storyId! });
  return Buffer.from(JSON.stringify({ result: { data: claims } }));
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** (a) node:http answering every request with those bytes, and nothing else. */
async function plain(): Promise<string> {
  const body = await claimsBody();
  return listen(
    createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
      res.end(body);
    }),
  );
}

/** (b) tRPC's stock standalone adapter over the same router. */
function stock(): Promise<string> {
  return listen(
    createHTTPServer({
      router: appRouter,
      basePath: "/trpc/",
      maxBatchSize: CONTRACT_LIMITS.maxBatchSize,
      createContext: () => createContextInner({ library }),
    }),
  );
}

/**
 * (c) What a team would pick instead: Fastify 5 with helmet, CORS (the same allow-list), a rate limit
 * that never refuses at this pace, the body limit, and its pino logger at info into the same kind
 * of buffered /dev/null destination; it sends the same cached bytes.
 */
async function fastify(): Promise<string> {
  const body = await claimsBody();
  const stream = pino.destination({ dest: "/dev/null", sync: false, minLength: 4096 });
  const app = Fastify({
    logger: { level: "info", stream },
    bodyLimit: CONTRACT_LIMITS.maxBodyBytes,
    routerOptions: { maxParamLength: CONTRACT_LIMITS.maxUrlLength },
    // The Dossier server's time limits and keep-alive, so neither pays for a setting the other lacks.
    requestTimeout: 11_000,
    keepAliveTimeout: 5000,
  });
  await app.register(helmet);
  await app.register(cors, { origin: [BENCH_ORIGIN] });
  await app.register(rateLimit, { max: 1_000_000_000, timeWindow: 1000 });
  app.get("/trpc/claims.list", (_request, reply) => reply.header("content-type", "application/json").send(body));
  return app.listen({ port: 0, host: "127.0.0.1" });
}

const start = { plain, stock, fastify }[process.argv[2] as "plain" | "stock" | "fastify"];
if (!start) throw new Error(`unknown server ${process.argv[2]}; use plain, stock or fastify`);
console.log(`listening on ${await start()}`);
