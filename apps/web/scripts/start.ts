// Runs the production site: builds it first when there is no build, then the web app's own server
// (server/webServer.ts: Next's request handler behind the limits the API applies).
// HOST and PORT choose the address (127.0.0.1:3000 by default); Ctrl-C or SIGTERM drains and stops it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";

if (!existsSync(join(root, ".next/BUILD_ID")) || !existsSync(join(root, ".next/csp-hashes.json"))) {
  console.log("web: no production build yet; building it (about half a minute)…");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const steps: string[][] = [
    [nextBin, "build", "--turbopack"],
    [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/cspHashes.ts")],
  ];
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
    if (result.status !== 0) {
      console.error("web: the build failed; see the messages above.");
      process.exit(result.status ?? 1);
    }
  }
}

// Next reads NODE_ENV when it loads: set before the server's modules are imported.
Object.assign(process.env, { NODE_ENV: "production" });
const { webConfigFromEnv } = await import("../server/config");
const { startWebServer } = await import("../server/webServer");

let config;
try {
  config = webConfigFromEnv();
} catch (error) {
  console.error(`web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
// Next resolves its build from the working directory (the CSP hashes too): run from the package.
process.chdir(root);
const server = await startWebServer(config, root);
console.log(`web: listening on ${server.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`web: ${signal}: finishing the requests in flight, then stopping`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
