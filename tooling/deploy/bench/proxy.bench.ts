// `pnpm -F @dossier/deploy bench`: req/s and latency of the API direct, through nginx with one
// replica and with two, and of a prerendered page direct and through nginx; the figures quoted in
// docs/deploying.md. Rounds are interleaved so a neighbour's load falls on every target alike;
// medians are printed. BENCH_DURATION_S (10), BENCH_ROUNDS (3), BENCH_CONNECTIONS (50).
import autocannon from "autocannon";
import { freePort, startProxy, startTopology, waitFor } from "../test/topology";

const durationS = Number(process.env.BENCH_DURATION_S ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

// Throughput, not limits: autocannon is one address, so the API's and the web app's buckets and
// the proxy's per-address limits are lifted, and the access log off; the rest is the config as shipped.
const LIFTED: [string, string][] = [
  ["limit_conn per_address_conn 50;", "# limit_conn lifted for the bench"],
  ["limit_req zone=per_address_rate burst=200 nodelay;", "# limit_req lifted for the bench"],
  ["access_log logs/access.log dossier buffer=32k flush=1s;", "access_log off;"],
];
const topology = await startTopology({
  apiEnv: { DOSSIER_RATE_LIMIT_RPS: "0", LOG_LEVEL: "warn" },
  webEnv: { DOSSIER_PAGE_RATE_LIMIT_RPS: "0" },
  adjustments: LIFTED,
});
try {
  const [first] = topology.replicas;
  const onePort = await freePort();
  // The same template with both upstream lines naming one replica.
  const one = topology.adopt(
    startProxy(
      topology.dir,
      "nginx-one",
      {
        DOSSIER_LISTEN: `127.0.0.1:${onePort}`,
        DOSSIER_API_1: `127.0.0.1:${first!.port}`,
        DOSSIER_API_2: `127.0.0.1:${first!.port}`,
        DOSSIER_WEB: new URL(topology.webUrl).host,
      },
      LIFTED,
    ),
  );
  await waitFor(`http://127.0.0.1:${onePort}/healthz`, one);

  const query = `/trpc/story.overview?input=${encodeURIComponent(JSON.stringify({ storyId: "arms-for-food" }))}`;
  const page = "/arms-for-food/claims";
  // A search no one asked before: every request a cache miss, as the origin behind a CDN sees them.
  let searches = 0;
  const search = () =>
    `/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ storyId: "arms-for-food", query: `food ${++searches}` }))}`;
  const targets: { name: string; url: string; misses?: boolean }[] = [
    { name: "API direct (one replica)", url: `${first!.url}${query}` },
    { name: "API via nginx, one replica", url: `http://127.0.0.1:${onePort}${query}` },
    { name: "API via nginx, two replicas", url: `${topology.url}${query}` },
    { name: "misses direct (one replica)", url: first!.url, misses: true },
    { name: "misses via nginx, two replicas", url: topology.url, misses: true },
    { name: "page direct (web app)", url: `${topology.webUrl}${page}` },
    { name: "page via nginx", url: `${topology.url}${page}` },
  ];
  const options = (target: (typeof targets)[number], duration: number): autocannon.Options => ({
    url: target.url,
    connections,
    duration,
    ...(target.misses ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: search() }) }] } : {}),
  });
  const results = new Map<string, { rps: number; p50: number; p99: number; bad: number }[]>();

  for (const target of targets) await autocannon(options(target, 2)); // warm-up
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const r = await autocannon(options(target, durationS));
      const bad = r.errors + r.timeouts + r.non2xx;
      if (bad > 0)
        console.log(
          `  ${target.name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx (${JSON.stringify(r.statusCodeStats)})`,
        );
      const row = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad };
      results.set(target.name, [...(results.get(target.name) ?? []), row]);
      console.log(`round ${round}  ${target.name.padEnd(28)} ${row.rps} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  bad ${bad}`);
    }
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nMedians of ${rounds} runs, ${durationS} s each, ${connections} connections:\n`);
  console.log("| target | req/s | p50 ms | p99 ms | non-2xx or errors |\n| --- | ---: | ---: | ---: | ---: |");
  for (const [name, rows] of results) {
    const m = (key: "rps" | "p50" | "p99") => median(rows.map((row) => row[key]));
    console.log(`| ${name} | ${Math.round(m("rps"))} | ${m("p50")} | ${m("p99")} | ${rows.reduce((s, row) => s + row.bad, 0)} |`);
  }
} finally {
  await topology.stop();
}
