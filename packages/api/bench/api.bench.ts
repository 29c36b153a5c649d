// `pnpm -F @dossier/api bench`: plain node:http vs stock tRPC vs the Dossier server, each in its own
// process, loaded by autocannon (-c 50, no pipelining) on loopback. Bounded: it stops by itself.
import { fork, type ChildProcess } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const CONNECTIONS = 50;
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const SERVER = fileURLToPath(new URL("./benchServer.ts", import.meta.url));
const KINDS = ["plain", "stock", "dossier"] as const;
type Kind = (typeof KINDS)[number];

interface Figures {
  rps: number;
  /** Server CPU time per request, in microseconds: what the answer costs, whoever is the bottleneck. */
  cpuUs: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes: number;
}

function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { type?: string; usage?: NodeJS.CpuUsage }) => {
      if (m.type !== "cpu" || !m.usage) return;
      child.off("message", onMessage);
      resolve(m.usage.user + m.usage.system);
    };
    child.on("message", onMessage);
    child.send({ type: "cpu" });
  });
}

async function start(kind: Kind): Promise<{ child: ChildProcess; url: string; storyId: string }> {
  const child = fork(SERVER, [kind], { execArgv: ["--import", "tsx"], env: { ...process.env, NODE_ENV: "production" }, stdio: "inherit" });
  const ready = await new Promise<{ url: string; storyId: string }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { url: string; storyId: string }));
    child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { child, ...ready };
}

async function load(url: string, duration: number, child: ChildProcess): Promise<Figures> {
  const cpuBefore = await cpuOf(child);
  const result = await autocannon({ url, connections: CONNECTIONS, pipelining: 1, duration });
  const cpuAfter = await cpuOf(child);
  return {
    rps: result.requests.average,
    cpuUs: (cpuAfter - cpuBefore) / Math.max(result.requests.total, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: result.throughput.average,
  };
}

async function measure(kind: Kind): Promise<Figures & { body: string }> {
  const { child, url, storyId } = await start(kind);
  try {
    const target = `${url}/trpc/claims.list?input=${encodeURIComponent(JSON.stringify({ storyId }))}`;
    const body = await (await fetch(target)).text();
    await load(target, WARMUP_S, child);
    return { ...(await load(target, DURATION_S, child)), body };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

const results = {} as Record<Kind, Figures & { body: string }>;
for (const kind of KINDS) {
  results[kind] = await measure(kind);
  console.log(`${kind} done`);
}
const { plain: a, stock: b, dossier: c } = results;

console.log(`\nAPI benchmark — claims.list, ${CONNECTIONS} connections, ${DURATION_S} s after ${WARMUP_S} s warm-up`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, body ${Buffer.byteLength(a.body)} bytes\n`);
console.log("server                   req/s     p50 ms   p99 ms   errors   non-2xx   server CPU µs/req");
for (const [name, f] of [["(a) plain node:http", a], ["(b) stock tRPC", b], ["(c) Dossier", c]] as const) {
  console.log(
    `${name.padEnd(22)} ${f.rps.toFixed(0).padStart(8)} ${String(f.p50).padStart(9)} ${String(f.p99).padStart(8)} ${String(f.errors).padStart(8)} ${String(f.non2xx).padStart(9)} ${f.cpuUs.toFixed(1).padStart(19)}`,
  );
}
const ratioA = c.rps / a.rps;
const ratioB = c.rps / b.rps;
const p99Ratio = c.p99 / Math.max(a.p99, 1);
const missed: string[] = [];
const verdict = (ok: boolean, name: string) => {
  if (!ok) missed.push(name);
  return ok ? "met" : "MISSED";
};
console.log(`\nc/a = ${ratioA.toFixed(2)} (target >= 0.8: ${verdict(ratioA >= 0.8, "c/a")})`);
console.log(`c/b = ${ratioB.toFixed(2)} (target >= 4: ${verdict(ratioB >= 4, "c/b")})`);
console.log(`p99 c/a = ${p99Ratio.toFixed(2)} (target <= 2: ${verdict(p99Ratio <= 2, "p99")})`);
const sameBytes = a.body === b.body && b.body === c.body;
console.log(`same bytes from a, b and c: ${sameBytes}`);
if (!sameBytes) missed.push("same bytes");
// With 2 cores the load generator can be the bottleneck; then the CPU cost per answer tells what a faster client would see.
console.log(`server CPU per request, a/c = ${(a.cpuUs / c.cpuUs).toFixed(2)}, b/c = ${(b.cpuUs / c.cpuUs).toFixed(2)} (the ratios if the servers were the bottleneck)`);
if (missed.length > 0) {
  console.error(`\nMissed: ${missed.join(", ")}`);
  process.exitCode = 1;
}
