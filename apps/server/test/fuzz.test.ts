import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { Agent, request as httpRequest } from "node:http";
import fc from "fast-check";
import type { DossierServer } from "../src/serve";
import { startServer } from "./helpers/server";
import { fuzzRequest, type FuzzRequest } from "./fuzz/arbitraries";
import { checkResponse, type FuzzResponse } from "./fuzz/checkResponse";

// A public API runs in production: that is where stacks and internal messages must never show.
vi.stubEnv("NODE_ENV", "production");

const REQUESTS_PER_RUN = 16;
// 250 × 16 = 4,000 requests: enough to meet every arbitrary many times, and small enough to finish
// on a busy 2-core CI machine beside the other packages' tests (11,200 did not, in 60 s).
const RUNS = 250;
// A fresh seed each run, printed so that a failure can be replayed: FUZZ_SEED=<seed> pnpm -F @dossier/server test fuzz
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

let server: DossierServer;
const agent = new Agent({ keepAlive: true, maxSockets: REQUESTS_PER_RUN });
let sent = 0;

beforeAll(async () => {
  // The rate limit stays on, with a ceiling far above the fuzzer's pace; a small cache is evicted often.
  server = await startServer({ rateLimit: { perSecond: 1_000_000, burst: 1_000_000 }, cacheEntries: 300 });
});
afterAll(async () => {
  agent.destroy();
  await server.close();
});

function send({ method, target, headers, body }: FuzzRequest): Promise<FuzzResponse> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path: target, headers, agent, timeout: 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    // A CONNECT answer hands over the socket: the body is what follows the head.
    req.on("connect", (res, socket, head) => {
      const chunks: Buffer[] = [head];
      socket.on("data", (chunk: Buffer) => chunks.push(chunk));
      socket.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("timeout", () => req.destroy(new Error(`no answer to ${method} ${target.slice(0, 100)}`)));
    req.on("error", (error) => reject(new Error(`${method} ${target.slice(0, 200)}: ${error.message}`)));
    sent += 1;
    req.end(body);
  });
}

it(`answers ${RUNS * REQUESTS_PER_RUN} random and malformed requests with typed errors or valid results`, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fuzzRequest, { minLength: REQUESTS_PER_RUN, maxLength: REQUESTS_PER_RUN }), async (requests) => {
      const responses = await Promise.all(requests.map(send));
      requests.forEach((request, i) => checkResponse(request, responses[i]!));
    }),
    { numRuns: RUNS, seed: SEED },
  );
  expect(sent).toBeGreaterThanOrEqual(RUNS * REQUESTS_PER_RUN);
  expect(server.stats().cacheEntries).toBeLessThanOrEqual(300);
}, 300_000);
