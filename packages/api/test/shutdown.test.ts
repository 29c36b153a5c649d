import { describe, expect, it } from "vitest";
import { fork } from "node:child_process";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { FIXTURE_ROOT, STORY_ID } from "./helpers/fixtures";
import { startServer } from "./helpers/server";
import { halfSentPost, untilRefused } from "./helpers/rawHttp";

const SERVE = fileURLToPath(new URL("../src/bin/serve.ts", import.meta.url));
const body = JSON.stringify({ storyId: STORY_ID });

describe("graceful shutdown", () => {
  it("lets a request in flight finish after SIGTERM, then the process exits 0", async () => {
    const child = fork(SERVE, [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", DOSSIER_STORIES_DIR: FIXTURE_ROOT, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const url = await new Promise<string>((resolve) => child.on("message", (m: { type: string; url: string }) => m.type === "listening" && resolve(m.url)));

    const post = halfSentPost(url, "/trpc/story.overview", body);
    await post.accepted;
    child.kill("SIGTERM");
    await untilRefused(url);
    post.finish();

    const response = await post.response;
    expect(response.status).toBe(200);
    expect(response.headers.connection).toBe("close");
    expect((JSON.parse(response.body) as { result: { data: { id: string } } }).result.data.id).toBe(STORY_ID);
    expect(await exited).toBe(0);
  });

  it("does the same through the serve() handle's close()", async () => {
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
