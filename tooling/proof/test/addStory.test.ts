// The authoring guide walked end to end in a fresh clone: scaffold a story from a new article,
// fill it in by hand, anchor and check it, then see it listed by the API, rendered by the web app
// and shown by the terminal app — and prove that nothing outside the story folder changed.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE, SLUG, TITLE, fillIn } from "./story";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const work = mkdtempSync(join(tmpdir(), "dossier-proof-"));
const clone = join(work, "main");
const children: ChildProcess[] = [];

/** The pnpm that runs this test (turbo and `pnpm test` say where it is); else the one npx caches. */
function pnpm(): string[] {
  const given = process.env.npm_execpath;
  if (given?.includes("pnpm")) return [process.execPath, given];
  return ["npx", "-y", "pnpm@10"];
}

function run(command: string[], cwd = clone): string {
  const [bin, ...args] = command;
  return execFileSync(bin!, args, { cwd, encoding: "utf8", env: { ...process.env, INIT_CWD: cwd, FORCE_COLOR: "0" } });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a server and waits for the line that says it is listening. */
function start(args: string[], cwd: string, env: Record<string, string>, pattern: RegExp): Promise<string> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let printed = "";
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      const found = pattern.exec(printed);
      if (found) resolve(found[1]!);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}:\n${printed}`)));
  });
}

beforeAll(() => {
  run(["git", "clone", "--quiet", ROOT, clone], work);
  run([...pnpm(), "install", "--offline", "--frozen-lockfile"]);
  writeFileSync(join(work, "article.txt"), ARTICLE);
  // 1. Scaffold, 2. fill in by hand, 3. anchor, 4. check: the guide's steps, through the root scripts.
  run([...pnpm(), "story:new", SLUG, "--source", join(work, "article.txt")]);
  const file = join(clone, "packages", "domain", "stories", SLUG, "story.json");
  writeFileSync(file, JSON.stringify(fillIn(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>), null, 2));
  run([...pnpm(), "story:anchor", `packages/domain/stories/${SLUG}`]);
}, 900_000);

afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
});

describe("a new story, added as docs/adding-a-story.md says", () => {
  it("checks clean beside the shipped story", () => {
    const out = run([...pnpm(), "story:check"]);
    expect(out).toMatch(new RegExp(`^${SLUG} is valid: 3 entities, 2 claims`, "m"));
    expect(out).toMatch(/^arms-for-food is valid/m);
  });

  it("changes nothing outside its story folder", () => {
    const changed = run(["git", "status", "--porcelain", "--untracked-files=all"])
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3));
    expect(changed.length).toBeGreaterThan(0);
    // The new folder, and the shipped-stories module the tools regenerated beside it.
    for (const path of changed) expect(path).toMatch(/^packages\/domain\/stories\//);
  });

  describe("reaches every door once built", () => {
    beforeAll(() => {
      run([
        ...pnpm(),
        "exec",
        "turbo",
        "run",
        "build",
        "--filter=@dossier/web",
        "--filter=@dossier/server",
        "--filter=@dossier/tui",
        "--output-logs=errors-only",
      ]);
    }, 900_000);

    it("the API lists it and serves its overview", async () => {
      const url = await start(
        [join(clone, "apps", "server", "dist", "server.js")],
        clone,
        { PORT: "0", LOG_LEVEL: "silent" },
        /(http:\/\/127\.0\.0\.1:\d+)/,
      );
      const list = (await (await fetch(`${url}/trpc/stories.list`)).json()) as {
        result: { data: { id: string; title: string }[] };
      };
      expect(list.result.data.map((story) => story.id)).toEqual(expect.arrayContaining(["arms-for-food", SLUG]));
      expect(list.result.data.find((story) => story.id === SLUG)?.title).toBe(TITLE);
    });

    it("the web app renders its pages", async () => {
      const web = join(clone, "apps", "web");
      const next = createRequire(join(web, "package.json")).resolve("next/dist/bin/next");
      const port = await freePort();
      await start([next, "start", "-H", "127.0.0.1", "-p", String(port)], web, { NEXT_TELEMETRY_DISABLED: "1" }, /(Ready)/);
      const url = `http://127.0.0.1:${port}`;
      const overview = await fetch(`${url}/${SLUG}`);
      expect(overview.status).toBe(200);
      const html = await overview.text();
      expect(html).toContain("Lighthouse keepers vote to strike over doubled night shifts");
      const claim = await fetch(`${url}/${SLUG}/claims/claim.keepers-vote`);
      expect(claim.status).toBe(200);
      expect(await claim.text()).toContain("Keepers at three lighthouses voted on Monday to strike");
    });

    it("the terminal app shows it", () => {
      const out = run([process.execPath, join(clone, "apps", "tui", "dist", "dossier.js"), "--story", SLUG, "summary"]);
      expect(out).toContain("Lighthouse keepers vote to strike over doubled night");
      expect(out).toContain("claim.keepers-vote");
    });
  });
});
