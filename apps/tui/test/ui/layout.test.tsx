import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup } from "ink-testing-library";
import { createCaller, createContextInner } from "@dossier/api";
import { SCREENS, SCREEN_TITLES } from "../../src/ui/navigation";
import { remoteDossier } from "../../src/data/dossier";
import { DANGEROUS } from "../helpers/hostile";
import { hostileServer, type Running } from "../helpers/servers";
import { KEY, renderReader } from "../helpers/reader";

const api = createCaller(createContextInner());
const lines = (frame: string) => frame.split("\n").filter((line, i, all) => i < all.length - 1 || line !== "");

afterEach(() => cleanup());

describe("layout", () => {
  it("fits 40x12 on every screen, and follows a resize to 120 columns", async () => {
    const reader = renderReader({ columns: 40, rows: 12 });
    await reader.see("1/8 Overview");
    for (const [index, screen] of SCREENS.entries()) {
      await reader.press(String(index + 1));
      await reader.see(`${index + 1}/8 ${SCREEN_TITLES[screen]}`);
      const frame = reader.frame();
      expect(lines(frame).length, screen).toBeLessThanOrEqual(12);
      for (const line of lines(frame)) expect(line.length, `${screen}: ${line}`).toBeLessThanOrEqual(40);
    }
    reader.resize(120, 30);
    await reader.see("1 Overview 2 Claims 3 Quotes");
    expect(lines(reader.frame()).length).toBeLessThanOrEqual(30);
  });

  it("uses the room of a tall terminal: more of the list on screen", async () => {
    const claims = await api.claims.list({ storyId: "arms-for-food" });
    const small = renderReader({ columns: 100, rows: 12 });
    await small.press("2");
    await small.see(claims[0]!.text.slice(0, 30));
    const shownSmall = claims.filter((claim) => small.frame().includes(claim.text.slice(0, 30))).length;
    cleanup();
    const tall = renderReader({ columns: 200, rows: 60 });
    await tall.press("2");
    await tall.see(claims[0]!.text.slice(0, 30));
    const shownTall = claims.filter((claim) => tall.frame().includes(claim.text.slice(0, 30))).length;
    expect(shownSmall).toBeLessThan(shownTall);
    expect(shownTall).toBe(Math.min(claims.length, 60 - 4));
  });
});

describe("a wide terminal", () => {
  it("opens the selected item beside the list, and follows the selection", async () => {
    const claims = await api.claims.list({ storyId: "arms-for-food" });
    const reader = renderReader({ columns: 200, rows: 30 });
    await reader.press("2");
    await reader.see(claims[0]!.id);
    await reader.press("j");
    await reader.see(claims[1]!.id);
    expect(reader.frame()).not.toContain(claims[0]!.id);
    const row = reader
      .frame()
      .split("\n")
      .find((line) => line.includes(claims[1]!.id))!;
    expect(row.indexOf(claims[1]!.id)).toBeGreaterThan(80);
  });
});

describe("a hostile server in the reader", () => {
  let server: Running;
  beforeAll(async () => (server = await hostileServer()));
  afterAll(() => server.close());

  it("shows its text without any escape or control reaching the screen, at a steady layout", async () => {
    const reader = renderReader({ dossier: await remoteDossier(server.url), columns: 80, rows: 24 });
    await reader.see("Key points");
    const visited: string[] = [reader.frame()];
    for (const keys of [
      ["2"],
      [KEY.enter],
      [KEY.escape, "3"],
      [KEY.enter],
      ["4"],
      [KEY.enter],
      ["5"],
      ["6"],
      ["7"],
      ["j", "j"],
      ["/", "f", "o", "o", "d", KEY.enter],
    ]) {
      // press() returns once the last key's view is drawn and loaded.
      await reader.press(...keys);
      visited.push(reader.frame());
    }
    for (const frame of visited) {
      expect(frame).not.toMatch(DANGEROUS);
      expect(frame).not.toContain("\u001b");
      expect(lines(frame).length).toBeLessThanOrEqual(24);
      for (const line of lines(frame)) expect(line.length).toBeLessThanOrEqual(80);
    }
    // The hostile answers were shown, not refused: the claims list loaded with its count.
    expect(visited[1]).toMatch(/\b1\/\d+\b/);
  });
});
