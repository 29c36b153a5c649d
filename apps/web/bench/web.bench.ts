// `pnpm -F @dossier/web bench`: first-load JavaScript of every route against an empty page built
// with the same Next in the same run (budget: that floor + 15 KiB gzip), then Lighthouse when
// lighthouse@12.2.3 is installed. Prints figures; exits non-zero on a missed target.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildEmptyApp } from "./emptyApp";
import { firstLoadBytes } from "./firstLoad";
import { runLighthouse } from "./lighthouse";
import { startProductionServer } from "../scripts/productionServer";

const root = join(import.meta.dirname, "..");
const BUDGET_OVER_FLOOR = 15 * 1024;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

if (!existsSync(join(root, ".next/csp-hashes.json"))) {
  console.error("web bench: there is no production build; run `pnpm -F @dossier/web build` first.");
  process.exit(1);
}

console.log("Building an empty App Router page with the same Next for the floor…");
const empty = buildEmptyApp(join(root, "bench/.empty-app"));
const floor = firstLoadBytes(empty.html, empty.distDir);

const server = await startProductionServer(root);
let failed = false;
try {
  const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
  const routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const stories = [...new Set(routes.map((r) => r.split("/")[1]).filter((s) => s && s !== "methodology"))];
  routes.push(...stories.map((s) => `/${s}/search?q=food`), ...stories.map((s) => `/${s}/claims/status/allegation`));
  const rows: { route: string; bytes: number }[] = [];
  for (const route of routes) {
    const html = await (await fetch(`${server.url}${route}`)).text();
    rows.push({ route, bytes: firstLoadBytes(html, join(root, ".next")) });
  }
  rows.sort((a, b) => b.bytes - a.bytes);
  const limit = floor + BUDGET_OVER_FLOOR;
  console.log(`\nFirst-load JS, gzip -9 of every script the HTML loads (inline included), ${rows.length} routes`);
  console.log(`floor (empty page, same Next): ${kib(floor)} KiB; budget: floor + 15 KiB = ${kib(limit)} KiB\n`);
  for (const row of rows.slice(0, 12)) {
    console.log(
      `${kib(row.bytes).padStart(7)} KiB  +${kib(row.bytes - floor).padStart(5)}  ${row.bytes > limit ? "OVER " : "ok   "} ${row.route}`,
    );
  }
  const median = rows[Math.floor(rows.length / 2)]!;
  console.log(
    `  … median ${kib(median.bytes)} KiB (+${kib(median.bytes - floor)}), smallest ${kib(rows[rows.length - 1]!.bytes)} KiB`,
  );
  const over = rows.filter((r) => r.bytes > limit);
  if (over.length > 0) {
    failed = true;
    console.log(`\nMISSED: ${over.length} routes over budget.`);
  } else {
    console.log(`\nall ${rows.length} routes within budget (largest +${kib(rows[0]!.bytes - floor)} KiB over the floor).`);
  }
  // One page of each kind: Lighthouse takes seconds a page, and pages of one kind share a template.
  const s = `/${stories[0]}`;
  const samples = [
    "/",
    "/methodology",
    s,
    `${s}/claims`,
    `${s}/claims/claim.weapons-sought`,
    `${s}/quotations/quote.kirby-un-violation`,
  ];
  samples.push(`${s}/actors/person.john-kirby`, `${s}/timeline`, `${s}/network`, `${s}/source`, `${s}/framing`, `${s}/details`);
  samples.push(`${s}/search?q=food`);
  // LIGHTHOUSE_ROUTES=all scores every prerendered route, not one of each kind (about ten minutes).
  const paths = process.env.LIGHTHOUSE_ROUTES === "all" ? [...new Set(routes)] : samples;
  const lighthouse = await runLighthouse(server.url, paths);
  if (lighthouse === false) failed = true;
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
