import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** An origin both CORS allow-lists hold (Dossier's and Fastify's): the check runs, nothing is granted to the bench's requests. */
export const BENCH_ORIGIN = "https://dossier.example";

/** BENCH_FIXTURE=1 serves the domain's small synthetic story instead of the shipped ones (DOSSIER_STORIES_DIR still wins). */
export function benchStoriesEnv(): NodeJS.ProcessEnv {
  if (process.env.DOSSIER_STORIES_DIR || process.env.BENCH_FIXTURE !== "1") return {};
  const domain = dirname(createRequire(import.meta.url).resolve("@dossier/domain/package.json"));
  return { DOSSIER_STORIES_DIR: join(domain, "test", "fixtures") };
}

export const PEERS = fileURLToPath(new URL("./peers.ts", import.meta.url));
