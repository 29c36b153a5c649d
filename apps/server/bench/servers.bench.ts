// `pnpm -F @dossier/server bench`: four servers answer the same cached claims.list bytes, each in its own
// process, loaded by autocannon (-c 50, no pipelining) on loopback: bare node:http, stock tRPC,
// Fastify 5 with helmet/CORS/rate limit/pino, and the Dossier production bundle. Bounded: it stops by itself.
import { cpus } from "node:os";
import autocannon from "autocannon";
import { startChildServer, type ChildServer } from "../load/childServer";
import { BENCH_ORIGIN, benchStoriesEnv, PEERS } from "./benchSetup";

const CONNECTIONS = 50;
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const SERVERS = ["plain", "stock", "fastify", "dossier"] as const;
type Kind = (typeof SERVERS)[number];
const NAMES: Record<Kind, string> = {
  plain: "(a) bare node:http",
  stock: "(b) stock tRPC",
  fastify: "(c) Fastify + plugins",
  dossier: "(d) Dossier",
};

interface Figures {
  rps: number;
  /** Server CPU time per request, in µs: what an answer costs, whoever is the bottleneck. */
  cpuUs: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  body: string;
}

function start(kind: Kind): Promise<ChildServer> {
  const env = { ...benchStoriesEnv(), NODE_ENV: "production" };
  if (kind !== "dossier") return startChildServer(env, PEERS, [kind]);
  // Everything on: rate limit (far above this pace), CORS allow-list, info logs written (to /dev/null), connection caps.
  return startChildServer({
    ...env,
    LOG_FILE: "/dev/null",
    LOG_LEVEL: "info",
    DOSSIER_RATE_LIMIT_RPS: "1000000000",
    DOSSIER_RATE_LIMIT_BURST: "1000000000",
    DOSSIER_CORS_ORIGINS: BENCH_ORIGIN,
  });
}

async function load(server: ChildServer, target: string, duration: number) {
  const cpuBefore = await server.cpu();
  const result = await autocannon({ url: target, connections: CONNECTIONS, pipelining: 1, duration });
  const cpuUs = (await server.cpu()) - cpuBefore;
  return { result, cpuUs };
}

async function measure(kind: Kind, storyId: string): Promise<Figures> {
  const server = await start(kind);
  try {
    const target = `${server.url}/trpc/claims.list?input=${encodeURIComponent(JSON.stringify({ storyId }))}`;
    const body = await (await fetch(target)).text();
    await load(server, target, WARMUP_S);
    const { result, cpuUs } = await load(server, target, DURATION_S);
    return {
      rps: result.requests.average,
      cpuUs: cpuUs / Math.max(result.requests.total, 1),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      body,
    };
  } finally {
    await server.stop();
  }
}

// The story every server answers for: the first the Dossier server lists.
const probe = await start("dossier");
const listed = (await (await fetch(`${probe.url}/trpc/stories.list`)).json()) as { result: { data: { id: string }[] } };
await probe.stop();
const storyId = listed.result.data[0]?.id;
if (!storyId) throw new Error("the bench found no story to serve");

const results = {} as Record<Kind, Figures>;
for (const kind of SERVERS) {
  results[kind] = await measure(kind, storyId);
  console.log(`${NAMES[kind]} done`);
}
const { plain: a, stock: b, fastify: c, dossier: d } = results;

const cpu = cpus();
console.log(
  `\nServer benchmark — claims.list of ${storyId}, ${CONNECTIONS} connections, ${DURATION_S} s after ${WARMUP_S} s warm-up`,
);
console.log(
  `machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, Node ${process.version}, body ${Buffer.byteLength(a.body)} bytes\n`,
);
console.log("server                     req/s    p50 ms   p99 ms   errors   non-2xx   server CPU µs/req");
for (const kind of SERVERS) {
  const f = results[kind];
  console.log(
    `${NAMES[kind].padEnd(24)} ${f.rps.toFixed(0).padStart(7)} ${String(f.p50).padStart(9)} ${String(f.p99).padStart(8)} ${String(f.errors).padStart(8)} ${String(f.non2xx).padStart(9)} ${f.cpuUs.toFixed(1).padStart(19)}`,
  );
}

const missed: string[] = [];
const verdict = (ok: boolean, name: string) => {
  if (!ok) missed.push(name);
  return ok ? "met" : "MISSED";
};
const cpuRatio = d.cpuUs / c.cpuUs;
const rpsRatio = d.rps / a.rps;
console.log(
  `\nDossier CPU per request / Fastify + plugins = ${cpuRatio.toFixed(2)} (target <= 0.7: ${verdict(cpuRatio <= 0.7, "CPU d/c")})`,
);
console.log(`Dossier req/s / bare node:http = ${rpsRatio.toFixed(2)} (target >= 0.8: ${verdict(rpsRatio >= 0.8, "req/s d/a")})`);
console.log(
  `Dossier req/s / stock tRPC = ${(d.rps / b.rps).toFixed(2)}; p99 Dossier / bare = ${(d.p99 / Math.max(a.p99, 1)).toFixed(2)}`,
);
// With 2 cores the load generator can be the bottleneck; CPU per request tells what a faster client would see.
console.log(
  `CPU per request relative to Dossier: bare ${(a.cpuUs / d.cpuUs).toFixed(2)}, stock ${(b.cpuUs / d.cpuUs).toFixed(2)}, Fastify ${(c.cpuUs / d.cpuUs).toFixed(2)}`,
);
const sameBytes = SERVERS.every((kind) => results[kind].body === a.body);
console.log(`same bytes from all four: ${verdict(sameBytes, "same bytes") === "met"}`);
const clean = SERVERS.every((kind) => results[kind].errors === 0 && results[kind].non2xx === 0);
console.log(`every request answered 2xx: ${verdict(clean, "clean run") === "met"}`);
if (missed.length > 0) {
  console.error(`\nMissed: ${missed.join(", ")}`);
  process.exitCode = 1;
}
