// The rule that keeps the domain's pure code free of Node fails where it should, and only there.
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const PACKAGE = join(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: join(PACKAGE, "..", "..") });
const READS_A_FILE = 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n';

async function restrictedImports(file: string): Promise<string[]> {
  const [result] = await eslint.lintText(READS_A_FILE, { filePath: join(PACKAGE, file) });
  return result!.messages.filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("pure domain code may not reach for Node", () => {
  it("refuses a node: import in a view", async () => {
    expect(await restrictedImports("src/views/overview.ts")).toEqual([
      expect.stringMatching(/Pure domain code must run outside Node/),
    ]);
  });

  it("refuses it in the story opener that bundles use", async () => {
    expect(await restrictedImports("src/load/openStory.ts")).toHaveLength(1);
  });

  it("allows it in the folder catalog and the CLIs", async () => {
    expect(await restrictedImports("src/catalog.ts")).toEqual([]);
    expect(await restrictedImports("src/cli/check.ts")).toEqual([]);
  });
});
