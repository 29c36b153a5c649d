// Runs the production site: builds it first when there is no build, then `next start`.
// HOST and PORT choose the address (127.0.0.1:3000 by default); Ctrl-C stops it cleanly.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const host = process.env.HOST ?? "127.0.0.1";
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!existsSync(join(root, ".next/BUILD_ID")) || !existsSync(join(root, ".next/csp-hashes.json"))) {
  console.log("web: no production build yet; building it (about half a minute)…");
  const steps: string[][] = [
    [nextBin, "build", "--turbopack"],
    [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/cspHashes.ts")],
  ];
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    if (result.status !== 0) {
      console.error("web: the build failed; see the messages above.");
      process.exit(result.status ?? 1);
    }
  }
}

const server = spawn(process.execPath, [nextBin, "start", "-H", host, "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
