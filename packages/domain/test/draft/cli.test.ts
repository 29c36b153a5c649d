import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStoryDir } from "../../src/catalog";
import { main } from "../../src/cli/draft";

const GOLD = join(import.meta.dirname, "..", "gold");

/** Runs story:draft in-process, as `pnpm story:draft` would, collecting what it says. */
function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: process.cwd() });
  return { status, stdout, stderr };
}

describe("story:draft", () => {
  it("writes a valid story folder and prints the article with its proposals marked in reading order", () => {
    const root = mkdtempSync(join(tmpdir(), "dossier-draft-"));
    const source = join(GOLD, "vaccine-tender", "source.txt");
    const { status, stdout, stderr } = run(["vaccine-test", "--source", source, "--published", "2025-03-20", "--root", root]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const dir = join(root, "vaccine-test");
    expect(readFileSync(join(dir, "source.txt"))).toEqual(readFileSync(source));
    const { story } = loadStoryDir(dir, root);
    expect(story.quotations.map((q) => q.speaker)).toEqual(["person.grace-wanjiru", "person.david-kiprop"]);
    expect(story.externalFacts[0]?.id).toBe("ext.published");
    // Reading order: the headline line comes first, Kiprop's quotation after Wanjiru's.
    const marked = stdout.split("\n");
    expect(marked[2]).toMatch(/^headline/);
    expect(stdout.indexOf("(Grace Wanjiru)")).toBeLessThan(stdout.indexOf("(David Kiprop"));
    expect(stdout).toContain("[Medistar Pharma|org.medistar-pharma]");
    expect(stdout).toMatch(/To review \(\d+\)/);
  });

  it("refuses a date that is not on the calendar, in one sentence, writing nothing", () => {
    const root = mkdtempSync(join(tmpdir(), "dossier-draft-"));
    const { status, stderr } = run([
      "x",
      "--source",
      join(GOLD, "vaccine-tender", "source.txt"),
      "--published",
      "2025-02-30",
      "--root",
      root,
    ]);
    expect(status).toBe(1);
    expect(stderr).toBe('--published "2025-02-30" is not a calendar date: write it as YYYY-MM-DD.\n');
    expect(existsSync(join(root, "x"))).toBe(false);
  });

  it("says which file cannot be read or is not UTF-8", () => {
    const root = mkdtempSync(join(tmpdir(), "dossier-draft-"));
    expect(run(["x", "--source", join(root, "missing.txt"), "--root", root]).stderr).toMatch(/cannot be read/);
    const latin1 = join(root, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(run(["x", "--source", latin1, "--root", root]).stderr).toMatch(/is not valid UTF-8/);
  });
});
