import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StoryLoadError } from "../../src/index";
import { loadCatalog } from "../../src/catalog";
import { STORIES_DIR } from "../../src/cli/paths";
import { ARMS_FOR_FOOD_DIR, HARBOUR_DIR } from "../storyFiles";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A stories root in a temp dir holding copies of the given story folders. */
function rootWith(...dirs: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "dossier-catalog-"));
  roots.push(root);
  for (const dir of dirs) cpSync(dir, join(root, dir.split("/").pop()!), { recursive: true });
  return root;
}

function loadError(root: string): StoryLoadError {
  try {
    loadCatalog(root);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryLoadError);
    return error as StoryLoadError;
  }
  throw new Error("the catalog loaded, but it should not have");
}

describe("loadCatalog", () => {
  it("loads every shipped story, keyed by id", () => {
    const catalog = loadCatalog(STORIES_DIR);
    expect([...catalog.stories.keys()]).toContain("arms-for-food");
    expect(catalog.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives a version that changes exactly when a story file changes", () => {
    const root = rootWith(HARBOUR_DIR);
    const before = loadCatalog(root).version;
    expect(loadCatalog(root).version).toBe(before);
    const file = join(root, "harbour-market", "story.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.summary = `${json.summary} Changed.`;
    writeFileSync(file, JSON.stringify(json));
    expect(loadCatalog(root).version).not.toBe(before);
  });

  it("refuses a source text that was edited, naming the sha256 field", () => {
    const root = rootWith(HARBOUR_DIR);
    const file = join(root, "harbour-market", "source.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("Monday", "Tuesday"));
    const error = loadError(root);
    expect(error.message).toMatch(
      /^dossier-catalog-\w+\/harbour-market\/story\.json at source\.sha256: the source text source\.txt has SHA-256 [0-9a-f]{64}, not the one recorded\.$/,
    );
  });

  it("refuses a story file that is not JSON, in one sentence", () => {
    const root = rootWith(HARBOUR_DIR);
    writeFileSync(join(root, "harbour-market", "story.json"), '{ "id": "harbour-market", ');
    const error = loadError(root);
    expect(error.message).toMatch(
      /^dossier-catalog-\w+\/harbour-market\/story\.json at \(root\): it is not valid JSON \(.+\)\.$/,
    );
  });

  it("refuses a story whose id differs from its folder", () => {
    const root = rootWith(HARBOUR_DIR);
    cpSync(join(root, "harbour-market"), join(root, "renamed"), { recursive: true });
    rmSync(join(root, "harbour-market"), { recursive: true });
    expect(loadError(root).message).toContain("at id: the story id harbour-market differs from its folder name");
  });

  it("loads nothing when one story of several is broken", () => {
    const root = rootWith(ARMS_FOR_FOOD_DIR, HARBOUR_DIR);
    const file = join(root, "harbour-market", "story.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.claims[0].claimant = "person.nobody";
    writeFileSync(file, JSON.stringify(json));
    const error = loadError(root);
    expect(error.file).toMatch(/^dossier-catalog-\w+\/harbour-market\/story\.json$/);
    expect(error.message).toContain("at claims[0].claimant");
  });
});
