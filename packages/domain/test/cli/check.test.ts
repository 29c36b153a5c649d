import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyFixture, runScript } from "./run";

describe("story:check", () => {
  const copies: string[] = [];
  const fixture = () => {
    const copy = copyFixture();
    copies.push(copy.root);
    return copy.dir;
  };
  afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it("prints one line with the counts of a valid story and exits 0", () => {
    const { status, stdout, stderr } = runScript("check.ts", [fixture()]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^harbour-market is valid/);
    expect(lines[0]).toContain("4 entities");
    expect(lines[0]).toContain("1 quotation,");
  });

  it("checks every shipped story when given no folder", () => {
    const { status, stdout, stderr } = runScript("check.ts", []);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^arms-for-food is valid: \d+ entities, \d+ claims/m);
  });

  it("exits 1 and names the JSON path and reason of each problem in a broken story", () => {
    const dir = fixture();
    const file = join(dir, "story.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.claims[1].claimant = "person.nobody";
    json.entities[0].mentions[0].span.exact = "Fennick Harbour counsel";
    writeFileSync(file, JSON.stringify(json, null, 2));

    const { status, stdout, stderr } = runScript("check.ts", [dir]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    const problems = lines.filter((line) => !line.startsWith("  hint: "));
    expect(problems).toHaveLength(2);
    expect(stderr).toContain("harbour-market/story.json at claims[1].claimant: person.nobody does not resolve");
    expect(stderr).toContain("entities[0].mentions[0].span.exact");
    for (const line of problems) expect(line).toMatch(/\.$/);
    // Each problem carries a hint an author can act on: the id probably meant, where the words really are.
    expect(stderr).toMatch(/claimant: person\.nobody does not resolve.*\n {2}hint: did you mean person\.[a-z-]+/);
    const quoted = /hint: the nearest match is at (\d+)-(\d+): "([^"]+)"/.exec(stderr);
    expect(quoted).not.toBeNull();
    const text = readFileSync(join(dir, "source.txt"), "utf8");
    expect(text.slice(Number(quoted![1]), Number(quoted![2]))).toBe(quoted![3]);
    expect(quoted![3]).toMatch(/^Fennick Harbour/);
  });

  it("exits 1 with a sentence when the folder holds no story", () => {
    const dir = fixture();
    rmSync(join(dir, "story.json"));
    const { status, stderr } = runScript("check.ts", [dir]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/story\.json.*cannot be read\./);
  });
});
