import { describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { FIXTURE_ROOT, STORY_ID } from "@dossier/api/testing";
import { startServer } from "./helpers/server";
import { halfSentPost, untilRefused } from "./helpers/rawHttp";

const APP = fileURLToPath(new URL("..", import.meta.url));
const body = JSON.stringify({ storyId: STORY_ID });

let pnpmFound: string | undefined;
/** The pnpm that runs this test (turbo and `pnpm test` say where it is); else the one npx caches, asked once. */
function pnpmScript(): string {
  const given = process.env.npm_execpath;
  if (given?.includes("pnpm")) return given;
  return (pnpmFound ??= execFileSync("npx", ["-y", "pnpm@10", "exec", "sh", "-c", 'readlink -f "$(command -v pnpm)"'], {
    cwd: APP,
    encoding: "utf8",
  }).trim());
}

/** `pnpm start` in the app, in a process group of its own (as a terminal's foreground job): what the root's `pnpm api` runs. */
async function startThroughPnpm() {
  const child = spawn(process.execPath, [pnpmScript(), "--dir", APP, "start"], {
    detached: true,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", DOSSIER_STORIES_DIR: FIXTURE_ROOT, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let printed = "";
  child.stdout.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: string) => {
      printed += chunk;
      const found = /(http:\/\/127\.0\.0\.1:\d+)/.exec(printed);
      if (found) resolve(found[1]!);
    });
    void exited.then((code) => reject(new Error(`pnpm start exited with ${code} before listening:\n${printed}`)));
  });
  return { child, url, exited, printed: () => printed };
}

describe("graceful shutdown of the process `pnpm api` starts", () => {
  it.each([
    ["SIGTERM sent to it", (pid: number) => process.kill(pid, "SIGTERM")],
    ["SIGINT sent to it", (pid: number) => process.kill(pid, "SIGINT")],
    ["Ctrl-C (SIGINT to its whole process group)", (pid: number) => process.kill(-pid, "SIGINT")],
  ])("on %s, answers the request in flight, exits 0 and leaves nothing answering", async (_name, signal) => {
    const server = await startThroughPnpm();
    try {
      const post = halfSentPost(server.url, "/trpc/story.overview", body);
      await post.accepted;
      signal(server.child.pid!);
      await untilRefused(server.url);
      post.finish();

      const response = await post.response;
      expect(response.status).toBe(200);
      expect(response.headers.connection).toBe("close");
      expect((JSON.parse(response.body) as { result: { data: { id: string } } }).result.data.id).toBe(STORY_ID);
      expect(await server.exited).toBe(0);
      expect(server.printed()).toContain("Dossier API stopped");
      await sleep(300); // time for an orphan, were there one, to show it still answers
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      // Nothing should be left; this only cleans up after a failed assertion.
      try {
        process.kill(-server.child.pid!, "SIGKILL");
      } catch {
        // the group is gone already, as it should be
      }
    }
  });
});

describe("a launcher that dies on SIGTERM without passing it on (as npx does)", () => {
  it("leaves no orphan: the server sees its launcher gone, drains and exits", async () => {
    // `sh -c '…; exit 0'` dies on SIGTERM and leaves its child running, exactly like `npx pnpm api`.
    const launcher = spawn("sh", ["-c", `"${process.execPath}" "${pnpmScript()}" --dir "${APP}" start; exit 0`], {
      detached: true,
      env: { ...process.env, PORT: "0", DOSSIER_STORIES_DIR: FIXTURE_ROOT, NODE_ENV: "production", LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let printed = "";
    launcher.stdout.setEncoding("utf8");
    launcher.stdout.on("data", (chunk: string) => (printed += chunk));
    try {
      for (let waited = 0; !/http:\/\/127\.0\.0\.1:\d+/.test(printed) && waited < 60_000; waited += 100) await sleep(100);
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      process.kill(launcher.pid!, "SIGTERM");
      await untilRefused(url);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      try {
        process.kill(-launcher.pid!, "SIGKILL");
      } catch {
        // the group is gone already, as it should be
      }
    }
  });
});

describe("graceful shutdown through the serve() handle", () => {
  it("lets a request in flight finish after close()", async () => {
    const server = await startServer();
    const post = halfSentPost(server.url, "/trpc/story.overview", body);
    await post.accepted;
    const closed = server.close();
    expect(server.server.listening).toBe(false);
    post.finish();
    expect((await post.response).status).toBe(200);
    await closed;
  });

  it("closes once however often it is asked, and then refuses connections", async () => {
    const server = await startServer();
    await Promise.all([server.close(), server.close()]);
    await untilRefused(server.url);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it("answers a health check that reaches it during shutdown with 503, so a balancer stops sending", async () => {
    const server = await startServer();
    const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (data: string) => (received += data));
    const ended = new Promise((resolve) => socket.once("close", resolve));
    // Half a request keeps the connection busy, so shutdown does not cut it as idle.
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    await sleep(200); // lets this process's server read those bytes; not a measure of speed
    const closed = server.close();
    socket.write("\r\n");
    await ended;
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 503 /);
    expect(received.toLowerCase()).toContain("connection: close");
    expect(received).toContain('"closing"');
  });
});
