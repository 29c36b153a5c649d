// Vitest global setup: one production server for every browser test, on a free 127.0.0.1 port:
// the package's own server, or `next start` with WEB_TEST_DOOR=next-start.
// Builds first when there is no build (turbo's `test` already depends on `build`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startProductionServer } from "../../scripts/productionServer";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The shared server's stdout and stderr, written as they happen. */
    serverLog: string;
    door: "web" | "next-start";
  }
}

const root = join(import.meta.dirname, "../..");

export default async function setup(project: TestProject) {
  if (!existsSync(join(root, ".next/csp-hashes.json"))) {
    const build = spawnSync("npx", ["-y", "pnpm@10", "run", "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("the web build failed");
  }
  const server = await startProductionServer(root);
  project.provide("baseUrl", server.url);
  project.provide("serverLog", server.logFile);
  project.provide("door", server.door);
  return () => server.stop();
}
