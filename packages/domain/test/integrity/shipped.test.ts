import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog, readStoryDir } from "../../src/catalog";
import { shippedModuleText } from "../../src/cli/shippedModule";
import { SHIPPED_MODULE, STORIES_DIR } from "../../src/cli/paths";
import { StoryLoadError } from "../../src/integrity/issue";
import { openStory } from "../../src/load/openStory";
import { shippedCatalog } from "../../src/shipped";
import { ARMS_FOR_FOOD_DIR } from "../storyFiles";

describe("the shipped stories as modules", () => {
  it("stories/index.ts is what the story folders generate today (run `pnpm -F @dossier/domain generate`)", () => {
    expect(readFileSync(SHIPPED_MODULE, "utf8")).toBe(shippedModuleText(STORIES_DIR));
  });

  it("open to the same stories, byte for byte, as the folders on disk", () => {
    const fromDisk = loadCatalog(STORIES_DIR);
    const bundled = shippedCatalog();
    expect([...bundled.stories.keys()]).toEqual([...fromDisk.stories.keys()]);
    expect(bundled.version).toBe(fromDisk.version);
    for (const [id, story] of bundled.stories) expect(story).toEqual(fromDisk.stories.get(id));
  });

  it("are proven like a folder: a text that differs by one character fails its recorded hash", () => {
    const files = readStoryDir(ARMS_FOR_FOOD_DIR);
    const { textSha256: _fromBytes, ...asBundled } = files;
    expect(() => openStory(asBundled)).not.toThrow();
    const tampered = { ...asBundled, text: asBundled.text!.replace("Kirby", "Kerby") };
    expect(() => openStory(tampered)).toThrow(StoryLoadError);
    expect(() => openStory(tampered)).toThrow(
      /at source\.sha256: the source text source\.txt has SHA-256 [0-9a-f]{64}, not the one recorded/,
    );
  });

  it("refuse a story filed under another folder's name", () => {
    const files = readStoryDir(ARMS_FOR_FOOD_DIR);
    expect(() => openStory({ ...files, folder: "another-story" })).toThrow(
      /the story id arms-for-food differs from its folder name/,
    );
  });
});
