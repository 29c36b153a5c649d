import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadStoryDir } from "../../src/catalog";
import { HARBOUR_DIR } from "../storyFiles";

const SCHEMA_DIR = fileURLToPath(new URL("../../src/schema", import.meta.url));

describe("the model is story-generic", () => {
  it("loads a second, synthetic story through the same code", () => {
    const { story } = loadStoryDir(HARBOUR_DIR);
    expect(story.id).toBe("harbour-market");
    expect(story.exchanges).toEqual([]);
    expect(story.claims.map((c) => c.status)).toContain("denial");
  });

  it("names nothing of the arms-for-food story in its schemas", () => {
    const words = /Kirby|Russia|Korea|Pyongyang|Moscow|Mkrtychev|Treasury|Yellen|Kremlin|Putin|starving/;
    for (const file of readdirSync(SCHEMA_DIR)) {
      expect(readFileSync(`${SCHEMA_DIR}/${file}`, "utf8"), file).not.toMatch(words);
    }
  });
});
