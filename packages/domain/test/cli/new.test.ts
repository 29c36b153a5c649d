import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStoryDir } from "../../src/catalog";
import { runScript } from "./run";

const ARTICLE = [
  "Lighthouse keepers vote to strike over night shifts",
  "- The union says shifts have doubled since spring",
  "- The port authority calls the vote premature",
  "Keepers at three lighthouses voted on Monday to strike, their union said, after night shifts doubled.",
  "A keeper climbs the stairs at dusk",
  "The port authority said the vote was premature and that talks would continue.",
  "",
].join("\n");

function workspace() {
  const root = mkdtempSync(join(tmpdir(), "dossier-new-"));
  const source = join(root, "article.txt");
  writeFileSync(source, ARTICLE);
  return { root, source };
}

describe("story:new", () => {
  it("scaffolds a folder whose text is the article byte for byte and whose story already validates", () => {
    const { root, source } = workspace();
    const { status, stdout, stderr } = runScript("new.ts", ["lighthouse-strike", "--source", source, "--root", root], root);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/valid, with 6 parts \(1 headline, 2 standfirst, 2 body, 1 caption\)/);
    const dir = join(root, "lighthouse-strike");
    expect(readFileSync(join(dir, "source.txt"), "utf8")).toBe(ARTICLE);
    const { story } = loadStoryDir(dir, root);
    expect(story.id).toBe("lighthouse-strike");
    expect(story.source.parts.map((part) => part.kind)).toEqual([
      "headline",
      "standfirst",
      "standfirst",
      "body",
      "caption",
      "body",
    ]);
    for (const part of story.source.parts) expect(ARTICLE.slice(part.span.start, part.span.end)).toBe(part.span.exact);
  });

  it("refuses, in one sentence and writing nothing, a bad slug, a missing source, a folder that exists, a text that is not UTF-8", () => {
    const { root, source } = workspace();
    const refusals: [string[], RegExp][] = [
      [["Not A Slug", "--source", source, "--root", root], /is not a slug/],
      [["no-source", "--root", root], /No --source was given/],
      [["missing", "--source", join(root, "nope.txt"), "--root", root], /cannot be read/],
    ];
    writeFileSync(join(root, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    refusals.push([["latin", "--source", join(root, "latin1.txt"), "--root", root], /is not valid UTF-8/]);
    for (const [args, reason] of refusals) {
      const { status, stderr } = runScript("new.ts", args, root);
      expect(status, args.join(" ")).toBe(1);
      expect(stderr).toMatch(reason);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(existsSync(join(root, "latin"))).toBe(false);
    expect(runScript("new.ts", ["twice", "--source", source, "--root", root], root).status).toBe(0);
    const again = runScript("new.ts", ["twice", "--source", source, "--root", root], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });
});

describe("story:anchor", () => {
  it("turns quoted words into offsets, with the shortest prefix where a quote repeats", () => {
    const { root, source } = workspace();
    runScript("new.ts", ["anchored", "--source", source, "--root", root], root);
    const file = join(root, "anchored", "story.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.claims[0].appearances.push({
      spans: [{ exact: "the vote", nth: 2 }],
      reportingVerb: { exact: "said", nth: 2 },
      attributed: true,
    });
    writeFileSync(file, JSON.stringify(json));
    const { status, stderr } = runScript("anchor.ts", [join(root, "anchored")], root);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const span = JSON.parse(readFileSync(file, "utf8")).claims[0].appearances[1].spans[0];
    const second = ARTICLE.indexOf("the vote", ARTICLE.indexOf("the vote") + 1);
    expect(span).toMatchObject({ start: second, end: second + "the vote".length, exact: "the vote" });
    expect(ARTICLE.slice(0, span.start).endsWith(span.prefix)).toBe(true);
  });

  it("leaves the file alone and names every quote it cannot place", () => {
    const { root, source } = workspace();
    runScript("new.ts", ["unplaced", "--source", source, "--root", root], root);
    const file = join(root, "unplaced", "story.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.claims[0].appearances[0].spans = [{ exact: "words that are not there" }];
    writeFileSync(file, JSON.stringify(json));
    const before = readFileSync(file, "utf8");
    const { status, stderr } = runScript("anchor.ts", [join(root, "unplaced")], root);
    expect(status).toBe(1);
    expect(stderr).toMatch(/claims\[0\]\.appearances\[0\]\.spans\[0\]: "words that are not there" is not in the source/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});
