// The contract as its consumers bundle it: the terminal's single-file bin (Node) and the web's
// browser code. Sizes are minified bytes; the budgets are the figures measured when this was
// written plus about a tenth, so growth is a decision someone makes, not an accident.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const PACKAGE = join(import.meta.dirname, "..");

async function bundle(contents: string, platform: "node" | "browser") {
  const result = await build({
    stdin: { contents, resolveDir: PACKAGE, loader: "ts" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = Object.values<Metafile["outputs"][string]>(result.metafile.outputs);
  return {
    code: result.outputFiles[0]!.text,
    bytes: result.outputFiles[0]!.contents.length,
    /** What the bundle still imports at run time: Node built-ins land here, nothing else should. */
    external: output!.imports.filter((entry) => entry.external).map((entry) => entry.path),
    inputs: Object.keys(result.metafile.inputs),
  };
}

describe("the contract bundles for Node (the terminal's shape)", () => {
  const entry = `
    import { createCaller, createContextInner } from "@dossier/api";
    const caller = createCaller(createContextInner());
    const [first] = await caller.stories.list();
    const overview = await caller.story.overview({ storyId: first.id });
    console.log(JSON.stringify({ id: first.id, title: overview.title, claims: overview.counts.claims }));
  `;

  it("needs no Node built-in and no file at run time, and stays within 680 kB", async () => {
    const out = await bundle(entry, "node");
    expect(out.external).toEqual([]);
    expect(out.inputs.some((file) => file.endsWith("story.json"))).toBe(true);
    expect(out.bytes).toBeLessThan(680_000);
  });

  it("runs from a folder far from the repository and answers from the bundled stories", async () => {
    const out = await bundle(entry, "node");
    const dir = mkdtempSync(join(tmpdir(), "dossier-bundle-"));
    writeFileSync(join(dir, "contract.mjs"), out.code);
    const answer = JSON.parse(execFileSync(process.execPath, [join(dir, "contract.mjs")], { cwd: dir, encoding: "utf8" })) as {
      id: string;
      title: string;
      claims: number;
    };
    expect(answer.id).toBe("arms-for-food");
    expect(answer.title).toMatch(/North Korea/);
    expect(answer.claims).toBeGreaterThan(0);
  });
});

describe("the browser's entries stay small and free of Node", () => {
  it("client, limits and vocabulary: no zod, no search index, no story data, within 30 kB", async () => {
    const out = await bundle(
      `export { createDossierClient } from "@dossier/api/client";
       export { CONTRACT_LIMITS, SEARCH_LIMITS } from "@dossier/api/limits";
       export { CLAIM_STATUSES, STATUS_LABELS } from "@dossier/domain/vocabulary";`,
      "browser",
    );
    expect(out.external).toEqual([]);
    expect(out.inputs.filter((file) => /node_modules\/(\.pnpm\/)?(zod|minisearch)/.test(file))).toEqual([]);
    expect(out.inputs.some((file) => file.endsWith(".json"))).toBe(false);
    expect(out.bytes).toBeLessThan(30_000);
  });

  it("the vocabulary alone is a few hundred bytes of constants", async () => {
    const out = await bundle(`export { STATUS_LABELS, CLAIM_STATUSES } from "@dossier/domain/vocabulary";`, "browser");
    expect(out.inputs).toHaveLength(2);
    expect(out.inputs).toEqual(expect.arrayContaining(["<stdin>", expect.stringMatching(/domain\/src\/vocabulary\.ts$/)]));
    expect(out.bytes).toBeLessThan(2_000);
  });

  it("the whole pure domain bundles for the browser without a Node built-in", async () => {
    const out = await bundle(`export * from "@dossier/domain";`, "browser");
    expect(out.external).toEqual([]);
    expect(out.inputs.some((file) => file.includes("catalog"))).toBe(false);
  });
});
