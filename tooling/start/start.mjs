#!/usr/bin/env node
// `pnpm start`: builds what is missing, starts the production web app and the standalone API,
// prints both addresses, and stops both cleanly on Ctrl-C or SIGTERM.
// WEB_PORT / API_PORT / HOST choose the addresses (3000, 3001, 127.0.0.1); --no-build skips the build.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const host = process.env.HOST || "127.0.0.1";
const webPort = process.env.WEB_PORT || "3000";
const apiPort = process.env.API_PORT || "3001";
const shown = (/** @type {string} */ port) => `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

if (!process.argv.includes("--no-build")) {
  console.log("Building the web app and the API server (cached after the first time)…");
  const turbo = join(ROOT, "node_modules", ".bin", "turbo");
  const build = spawnSync(
    turbo,
    ["run", "build", "--filter=@dossier/web", "--filter=@dossier/server", "--output-logs=errors-only"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (build.status !== 0) {
    console.error("The build failed, so nothing was started; the messages above say why.");
    process.exit(1);
  }
}

const web = join(ROOT, "apps", "web");
const nextBin = createRequire(join(web, "package.json")).resolve("next/dist/bin/next");
const services = [
  {
    name: "api",
    args: [join(ROOT, "apps", "server", "dist", "server.js")],
    cwd: join(ROOT, "apps", "server"),
    // The API also watches the processes that started it: when npx dies on SIGTERM without passing
    // it on, the API drains and exits 0, and this launcher then stops the web app too.
    env: { PORT: apiPort, HOST: host, DOSSIER_EXIT_WITH_LAUNCHER: "1" },
    probe: `${shown(apiPort)}/healthz`,
    exited: false,
    show: `${shown(apiPort)}/trpc  (health: /healthz)`,
  },
  {
    name: "web",
    args: [nextBin, "start", "-H", host, "-p", webPort],
    cwd: web,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    probe: `${shown(webPort)}/`,
    exited: false,
    show: shown(webPort),
  },
];

let stopping = false;
let stopExit = 0;
const children = services.map((service) => {
  const child = spawn(process.execPath, service.args, {
    cwd: service.cwd,
    env: { ...process.env, NODE_ENV: "production", ...service.env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("exit", (code, signal) => {
    service.exited = true;
    if (!stopping && code === 0) {
      console.log(`The ${service.name} stopped cleanly (its launcher went away), so Dossier is stopping the rest.`);
      void stop(0);
    } else if (!stopping) {
      console.error(`The ${service.name} stopped by itself (${signal ?? `exit code ${code}`}), so Dossier is stopping the rest.`);
      void stop(1);
    } else if (services.every((s) => s.exited)) process.exit(stopExit);
  });
  return child;
});

/** @param {number} code */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  stopExit = code;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  if (services.every((s) => s.exited)) process.exit(code);
  // Each server drains its requests in flight; one that hangs is not allowed to keep the terminal.
  setTimeout(() => {
    for (const child of children) child.kill("SIGKILL");
    process.exit(code || 1);
  }, 15_000).unref();
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void stop(0));

/** @param {string} url @param {number} deadline */
async function ready(url, deadline) {
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return false;
}

const deadline = Date.now() + 60_000;
const answered = await Promise.all(services.map((service) => ready(service.probe, deadline)));
if (!stopping) {
  const late = services.filter((_, i) => !answered[i]).map((service) => service.name);
  if (late.length > 0) {
    console.error(
      `The ${late.join(" and ")} did not answer within a minute at ${services.map((s) => s.probe).join(" / ")}; stopping.`,
    );
    void stop(1);
  } else {
    console.log(
      ["", "Dossier is running:", ...services.map((s) => `  ${s.name}  ${s.show}`), "Press Ctrl-C to stop both.", ""].join("\n"),
    );
  }
}
