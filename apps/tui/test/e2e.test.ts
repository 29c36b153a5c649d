// The bundled bin as a user runs it: plain `node dist/dossier.js` in a real pseudo-terminal.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "@dossier/api";
import { startInTmux, type Tmux } from "./helpers/tmux";

const bin = fileURLToPath(new URL("../dist/dossier.js", import.meta.url));
const api = createCaller(createContextInner());
const storyId = "arms-for-food";
let running: Tmux | undefined;

// Test what ships: test/buildBin.ts, the global setup, has just built the bundle of the code as it is now.
afterEach(() => {
  running?.kill();
  running = undefined;
});

describe("the bundled bin in a pseudo-terminal", () => {
  it("opens the Overview, navigates with keys, follows a resize, and quits with q and exit 0", async () => {
    const overview = await api.story.overview({ storyId });
    const claims = await api.claims.list({ storyId });
    running = startInTmux(["node", bin], { columns: 80, rows: 24 });
    await running.until((s) => s.includes("Key points") && s.includes(overview.title.slice(0, 30)), "the Overview");
    running.keys("2");
    await running.until((s) => s.includes(claims[0]!.text.slice(0, 30)), "the claims list");
    running.keys("j", "Enter");
    await running.until((s) => s.includes(claims[1]!.id), "the second claim's page");
    running.keys("Escape");
    await running.until((s) => s.includes("› ■ " + claims[1]!.text.slice(0, 20)), "back on the second claim");
    running.resize(40, 12);
    const narrow = await running.until((s) => s.includes("2/8 Claims"), "the narrow layout");
    expect(narrow.split("\n").every((line) => line.length <= 40)).toBe(true);
    running.resize(200, 60);
    const wide = await running.until((s) => s.includes("1 Overview 2 Claims 3 Quotes"), "the wide layout");
    expect(claims.filter((claim) => wide.includes(claim.text.slice(0, 40))).length).toBe(Math.min(claims.length, 56));
    running.keys("q");
    await running.until(() => running!.exitStatus() !== null, "the reader to exit");
    expect(running.exitStatus()).toBe(0);
  });

  it("searches as you type and opens the source at a hit", async () => {
    const hits = await api.search.query({ storyId, query: "Treasury", limit: 50 });
    running = startInTmux(["node", bin], { columns: 100, rows: 30 });
    await running.until((s) => s.includes("Key points"), "the Overview");
    running.keys("/", "T", "r", "e", "a", "s", "u", "r", "y");
    await running.until((s) => s.includes(hits[0]!.title.slice(0, 30)), "the first hit");
    running.keys("Enter", "s");
    await running.until((s) => s.includes("7 Source") && s.includes("Treasury"), "the source at the hit");
  });
});

describe("outside a terminal", () => {
  it("refuses the reader with a helpful sentence and exit 2, and never touches raw mode", () => {
    const result = spawnSync(process.execPath, [bin], { encoding: "utf8", input: "", env: { ...process.env, CI: "" } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("needs a terminal");
    expect(result.stderr).toContain("dossier summary");
    expect(result.stderr).not.toMatch(/Raw mode|setRawMode/);
    expect(result.stdout).toBe("");
  });

  it("runs a command in a pipe: claims --json is the API's answer", async () => {
    const result = spawnSync(process.execPath, [bin, "claims", "--status", "denial", "--json"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(await api.claims.list({ storyId, status: "denial" }));
  });

  it("carries the stories as the build proved them: its JSON export is the router's, data version included", async () => {
    const result = spawnSync(process.execPath, [bin, "export", "--format", "json"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    const { body } = await api.export.story({ storyId, format: "json" });
    expect(result.stdout.trimEnd()).toBe(body.trimEnd());
  });

  it("answers the first frame's requests, computed when the bundle was built, as the router does now", async () => {
    // summary reads story.overview, one of the answers the bundle carries for the first frame.
    const result = spawnSync(process.execPath, [bin, "summary", "--json"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(await api.story.overview({ storyId }));
  });
});
