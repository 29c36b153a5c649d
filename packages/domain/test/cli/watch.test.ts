import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { watchStories } from "../../src/cli/check";
import { copyFixture } from "./run";
import { join } from "node:path";

describe("story:check --watch", () => {
  it("checks again after a save: first the problem, then valid once it is mended", async () => {
    const { dir } = copyFixture();
    let out = "";
    let err = "";
    const stop = watchStories(dir, { out: (text) => (out += text), err: (text) => (err += text), cwd: dir });
    const file = join(dir, "story.json");
    const good = readFileSync(file, "utf8");
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done() && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    try {
      writeFileSync(file, good.replace('"claimant": "person.mara-quill"', '"claimant": "person.mara-quil"'));
      await until(() => err.includes("does not resolve"));
      expect(err).toMatch(/person\.mara-quil does not resolve[^\n]*\n {2}hint: did you mean person\.mara-quill/);
      writeFileSync(file, good);
      await until(() => out.includes("harbour-market is valid"));
      expect(out).toMatch(/harbour-market is valid/);
    } finally {
      stop();
    }
  });
});
