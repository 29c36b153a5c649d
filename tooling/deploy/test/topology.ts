// The topology of deploy/nginx.conf.template on loopback: two API replicas from the bundle, the
// production web app through its package's own `start`, and nginx in front, all on free ports.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const SERVER = join(ROOT, "apps", "server");
const WEB = join(ROOT, "apps", "web");
export const TEMPLATE = join(ROOT, "deploy", "nginx.conf.template");

/** The template with its ${DOSSIER_…} addresses filled in, then each `[from, to]` swapped exactly once. */
export function renderConfig(addresses: Record<string, string>, adjustments: [string, string][] = []): string {
  let text = readFileSync(TEMPLATE, "utf8").replace(/\$\{(DOSSIER_[A-Z0-9_]+)\}/g, (whole, name: string) => {
    const value = addresses[name];
    if (value === undefined) throw new Error(`the template asks for ${name}, which the test does not give`);
    return value;
  });
  for (const [from, to] of adjustments) {
    const found = text.split(from).length - 1;
    if (found !== 1) throw new Error(`"${from}" is in the template ${found} times, not once`);
    text = text.replace(from, to);
  }
  return text;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A started process, with the tail of what it printed for error messages. */
export interface Started {
  name: string;
  child: ChildProcess;
  /** Started in its own process group (a launcher and its children), stopped as a group. */
  group: boolean;
  output(): string;
}

function start(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; group?: boolean },
): Started {
  const group = options.group ?? false;
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: group, stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { name, child, group, output: () => tail };
}

const alive = (p: Started) => p.child.exitCode === null && p.child.signalCode === null;

/** SIGTERM, then SIGKILL after `graceMs`; a group is signalled as a whole, by its leader's id. */
export async function stop(p: Started, graceMs = 5000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      if (p.group && p.child.pid !== undefined) process.kill(-p.child.pid, name);
      else p.child.kill(name);
    } catch {
      // Already gone.
    }
  };
  if (alive(p)) {
    const exited = new Promise((resolve) => p.child.once("exit", resolve));
    signal("SIGTERM");
    await Promise.race([exited, sleep(graceMs)]);
  }
  // The group's other members (Next under its launcher, nginx's workers) go too.
  signal("SIGKILL");
}

/** Polls `url` until it answers 200; fails early, with what it printed, if the process exits. */
export async function waitFor(url: string, p: Started, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(p)) throw new Error(`${p.name} exited before answering ${url}:\n${p.output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`${p.name} did not answer ${url} within ${timeoutMs} ms:\n${p.output()}`);
}

function nginxBinary(): string {
  const found = spawnSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error("nginx is not installed: `apt-get install -y nginx` (.ci/run does it when it is missing).");
  return found.split("\n")[0]!;
}

/**
 * nginx from the template, unprivileged: its prefix (pid, logs, temp files) is a folder of `dir`
 * named after `name`, it stays in the foreground, and it listens where DOSSIER_LISTEN says.
 * Not waited for; stop it with `stop()`.
 */
export function startProxy(dir: string, name: string, addresses: Record<string, string>, adjustments?: [string, string][]) {
  const prefix = join(dir, name);
  mkdirSync(join(prefix, "logs"), { recursive: true });
  mkdirSync(join(prefix, "temp"), { recursive: true });
  const conf = join(prefix, "nginx.conf");
  writeFileSync(conf, renderConfig(addresses, adjustments));
  const args = ["-p", `${prefix}/`, "-c", conf, "-e", "logs/error.log", "-g", "daemon off;"];
  return start(name, nginxBinary(), args, { cwd: prefix, env: process.env, group: true });
}

export interface Replica {
  url: string;
  port: number;
  /** Its pino log, one JSON line per request (LOG_FILE). */
  log: string;
  process: Started;
}

export interface Topology {
  /** The proxy, the only address clients use. */
  url: string;
  replicas: Replica[];
  web: Started;
  /** The web app itself, behind the proxy. */
  webUrl: string;
  nginx: Started;
  /** The folder holding the logs and nginx's prefix; removed by stop(). */
  dir: string;
  /** nginx's access log: one line per request, with the upstream(s) tried. */
  accessLog: string;
  /** Counts another process (a second proxy…) among those stop() ends. */
  adopt(p: Started): Started;
  /** Stops every process started here and removes the folder. */
  stop(): Promise<void>;
}

export interface TopologyOptions {
  /** Environment of each API replica beyond the deployment's own (port, host, trusted proxy). */
  apiEnv?: Record<string, string>;
  /** Environment of the web app beyond the deployment's own (port, host, trusted proxy). */
  webEnv?: Record<string, string>;
  /** Swaps in the rendered config, e.g. shorter timeouts so a test need not wait 10 s. */
  adjustments?: [string, string][];
}

export async function startTopology(options: TopologyOptions = {}): Promise<Topology> {
  const build = spawnSync(process.execPath, ["build.mjs", "--if-needed"], { cwd: SERVER, stdio: "inherit" });
  if (build.status !== 0) throw new Error("the API bundle did not build (node apps/server/build.mjs)");
  if (!existsSync(join(WEB, ".next", "BUILD_ID"))) {
    throw new Error("the web app has no production build: run `pnpm -F @dossier/web build` (turbo builds it before this test)");
  }
  nginxBinary();

  const dir = mkdtempSync(join(tmpdir(), "dossier-deploy-"));
  const started: Started[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((p) => stop(p)));
    rmSync(dir, { recursive: true, force: true });
  };
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };

  try {
    const [proxyPort, webPort, ...apiPorts] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const replicas: Replica[] = apiPorts.map((port, i) => {
      const log = join(dir, `api-${i + 1}.log`);
      const process_ = start(`API replica ${i + 1}`, process.execPath, ["dist/server.js"], {
        cwd: SERVER,
        env: {
          ...env,
          PORT: String(port),
          HOST: "127.0.0.1",
          DOSSIER_TRUST_PROXY: "1",
          DOSSIER_MAX_CONNECTIONS_PER_CLIENT: "0",
          LOG_FILE: log,
          ...options.apiEnv,
        },
      });
      started.push(process_);
      return { url: `http://127.0.0.1:${port}`, port, log, process: process_ };
    });

    // Whatever the web package's `start` runs, run the way pnpm runs it: its .bin first on PATH.
    const webStart = (JSON.parse(readFileSync(join(WEB, "package.json"), "utf8")) as { scripts: { start: string } }).scripts
      .start;
    const web = start("web app", "sh", ["-c", webStart], {
      cwd: WEB,
      group: true,
      env: {
        ...env,
        PATH: `${join(WEB, "node_modules", ".bin")}:${process.env.PATH ?? ""}`,
        HOST: "127.0.0.1",
        PORT: String(webPort),
        DOSSIER_TRUST_PROXY: "1",
        ...options.webEnv,
      },
    });
    started.push(web);

    // The proxy starts once its upstreams answer: a replica nginx finds down is left alone for 5 s.
    await Promise.all([
      ...replicas.map((r) => waitFor(`${r.url}/healthz`, r.process)),
      waitFor(`http://127.0.0.1:${webPort}/robots.txt`, web),
    ]);
    const proxy = startProxy(
      dir,
      "nginx",
      {
        DOSSIER_LISTEN: `127.0.0.1:${proxyPort}`,
        DOSSIER_API_1: `127.0.0.1:${apiPorts[0]}`,
        DOSSIER_API_2: `127.0.0.1:${apiPorts[1]}`,
        DOSSIER_WEB: `127.0.0.1:${webPort}`,
      },
      options.adjustments,
    );
    started.push(proxy);
    const url = `http://127.0.0.1:${proxyPort}`;
    await waitFor(`${url}/healthz`, proxy);

    return {
      url,
      replicas,
      web,
      webUrl: `http://127.0.0.1:${webPort}`,
      nginx: proxy,
      dir,
      accessLog: join(dir, "nginx", "logs", "access.log"),
      adopt: (p) => (started.push(p), p),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
