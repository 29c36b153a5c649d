// The README's main command as a user runs it: both servers up, both answering, both gone after Ctrl-C.
import { spawn } from "node:child_process";
import { createServer, connect } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const START = join(import.meta.dirname, "..", "start.mjs");

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const refuses = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });

describe.each(["SIGINT", "SIGTERM"] as const)("pnpm start, stopped with %s", (signal) => {
  it("serves the web app and the API, prints both addresses, then stops both and exits 0", async () => {
    const [webPort, apiPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [START, "--no-build"], {
      env: { ...process.env, WEB_PORT: String(webPort), API_PORT: String(apiPort) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    for (let waited = 0; !out.includes("Dossier is running") && waited < 90_000 && child.exitCode === null; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(out).toContain(`web  http://127.0.0.1:${webPort}`);
    expect(out).toContain(`api  http://127.0.0.1:${apiPort}/trpc`);

    const page = await fetch(`http://127.0.0.1:${webPort}/`);
    expect(page.status).toBe(200);
    const stories = (await (await fetch(`http://127.0.0.1:${apiPort}/trpc/stories.list`)).json()) as {
      result: { data: { id: string; title: string }[] };
    };
    expect(stories.result.data.map((story) => story.id)).toContain("arms-for-food");
    // The page the web app serves names the story the API lists: one contract behind both.
    const firstWords = stories.result.data[0]!.title.split(" ").slice(0, 5).join(" ");
    expect(await page.text()).toContain(firstWords);

    child.kill(signal);
    expect(await exited).toBe(0);
    expect(await refuses(webPort)).toBe(true);
    expect(await refuses(apiPort)).toBe(true);
  });
});
