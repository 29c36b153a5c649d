import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { parseStory } from "../../src/load/parseStory";
import type { Story } from "../../src/schema/story";
import { copyFixture, runScript } from "./run";

describe("story:dump", () => {
  const { root } = copyFixture();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("prints the story with its source text as JSON that parseStory accepts", () => {
    const { status, stdout, stderr } = runScript("dump.ts", ["harbour-market", "--root", root]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const { provenance, story: dumped } = JSON.parse(stdout) as { provenance: { dataVersion: string }; story: Story };
    expect(provenance.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(dumped.source.text).toMatch(/^Harbour council votes/);
    const { text, ...record } = dumped.source;
    const story = parseStory({ file: "dump", json: { ...dumped, source: record }, text });
    expect(story.id).toBe("harbour-market");
    expect(story.claims.length).toBeGreaterThan(0);
  });

  it("exits 1 with one line on stderr naming the known stories for an unknown id", () => {
    const { status, stdout, stderr } = runScript("dump.ts", ["no-such-story", "--root", root]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("no-such-story");
    expect(stderr).toContain("harbour-market");
  });

  it("refuses an id that is not a story slug, such as a path", () => {
    const { status, stderr } = runScript("dump.ts", ["../harbour-market", "--root", root]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/There is no story/);
  });
});

describe("the CLI scripts as pnpm runs them", () => {
  it("story:dump prints the story as JSON from a real process", () => {
    const result = spawnSync(
      join(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx"),
      ["src/cli/dump.ts", "harbour-market", "--root", "test/fixtures"],
      {
        cwd: join(import.meta.dirname, "..", ".."),
        encoding: "utf8",
        env: { ...process.env, INIT_CWD: join(import.meta.dirname, "..", "..") },
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { story: { id: string } }).story.id).toBe("harbour-market");
  });
});
