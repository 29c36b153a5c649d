/**
 * Benchmarks the domain in-process: (1) parse + validate + derive every view of each story,
 * (2) search latency over a fixed query set. 'total' times CPU work on files read once;
 * 'from disk' adds reading and hashing the files, as a server does at start-up.
 * Run: pnpm -F @dossier/domain bench   (targets: load+derive median < 20 ms, search p99 < 1 ms)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadStoryDir } from "../src/catalog";
import { STORIES_DIR } from "../src/cli/paths";
import { parseStory } from "../src/load/parseStory";
import { deriveStory } from "../src/views/deriveStory";
import { QUERIES } from "./queries";
import { quantile, sample, table } from "./stats";

const LOAD_WARMUP = 30;
const LOAD_RUNS = 300;
const SEARCH_WARMUP = 50;
const SEARCH_ROUNDS = 500;
const TARGET_LOAD_MS = 20;
const TARGET_SEARCH_P99_MS = 1;

const FIXTURES = fileURLToPath(new URL("../test/fixtures", import.meta.url));
const storyDirs = (root: string) =>
  existsSync(root)
    ? readdirSync(root)
        .map((name) => join(root, name))
        .filter((dir) => existsSync(join(dir, "story.json")))
    : [];

const inputs = [...storyDirs(STORIES_DIR), ...storyDirs(FIXTURES)].map((dir) => {
  const raw = readFileSync(join(dir, "story.json"), "utf8");
  const file = JSON.parse(raw) as { source: { file: string } };
  return { dir, raw, text: readFileSync(join(dir, file.source.file), "utf8") };
});

const ms = (n: number) => n.toFixed(n < 1 ? 3 : 2);
const us = (n: number) => (n * 1000).toFixed(1);
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

const loadRows: string[][] = [];
const searchRows: string[][] = [];
let missed = false;

for (const { dir, raw, text } of inputs) {
  const load = () => parseStory({ file: dir, json: JSON.parse(raw), text });
  const story = load();
  const id = story.id;
  for (let i = 0; i < LOAD_WARMUP; i++) deriveStory(load());
  const parseMs = sample(LOAD_RUNS, load);
  const deriveMs = sample(LOAD_RUNS, () => deriveStory(story));
  const totalMs = sample(LOAD_RUNS, () => deriveStory(load()));
  // The whole path a server takes at start-up: read both files, hash the text, parse, check, derive.
  const diskMs = sample(LOAD_RUNS, () => deriveStory(loadStoryDir(dir).story));
  const totalOk = quantile(diskMs, 0.5) < TARGET_LOAD_MS;
  loadRows.push([
    id,
    `${(raw.length / 1024).toFixed(0)} KiB`,
    ms(quantile(parseMs, 0.5)),
    ms(quantile(deriveMs, 0.5)),
    ms(quantile(totalMs, 0.5)),
    ms(quantile(totalMs, 0.95)),
    ms(quantile(diskMs, 0.5)),
    verdict(totalOk),
  ]);

  const { search } = deriveStory(story);
  const queries = QUERIES[id] ?? story.entities.slice(0, 20).map((entity) => entity.name);
  for (const query of queries) for (let i = 0; i < SEARCH_WARMUP; i++) search.search(query);
  const searchMs: number[] = [];
  let hits = 0;
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const query of queries) {
      const start = performance.now();
      hits += search.search(query).length;
      searchMs.push(performance.now() - start);
    }
  }
  const searchOk = quantile(searchMs, 0.99) < TARGET_SEARCH_P99_MS;
  searchRows.push([
    id,
    String(search.size),
    String(queries.length),
    (hits / SEARCH_ROUNDS / queries.length).toFixed(1),
    us(quantile(searchMs, 0.5)),
    us(quantile(searchMs, 0.99)),
    us(Math.max(...searchMs)),
    verdict(searchOk),
  ]);
  missed ||= !totalOk || !searchOk;
}

const cpu = cpus();
console.log(
  `node ${process.version} · ${cpu[0]?.model ?? "unknown CPU"} · ${cpu.length} cores · ${process.platform}/${process.arch}\n`,
);
console.log(`Load + validate + derive (${LOAD_RUNS} runs after ${LOAD_WARMUP} warm-up; ms; target median < ${TARGET_LOAD_MS})`);
console.log(table(["story", "json", "parse+check p50", "derive p50", "total p50", "total p95", "from disk p50", ""], loadRows));
console.log(`\nSearch (${SEARCH_ROUNDS} rounds of the query set, limit 20; µs; target p99 < ${TARGET_SEARCH_P99_MS * 1000})`);
console.log(table(["story", "atoms", "queries", "hits/query", "p50", "p99", "max", ""], searchRows));
if (missed) process.exitCode = 1;
