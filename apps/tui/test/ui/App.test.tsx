import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "ink-testing-library";
import { createCaller, createContextInner } from "@dossier/api";
import { STATUS_LABELS } from "@dossier/domain/vocabulary";
import { BINDINGS } from "../../src/ui/keys/bindings";
import { KEY, renderReader } from "../helpers/reader";

const storyId = "arms-for-food";
const api = createCaller(createContextInner());
const start = (text: string, n = 30) => text.slice(0, n);
/** The screen line that holds the selection marker. */
const selectedLine = (frame: string) => frame.split("\n").find((line) => line.includes("›")) ?? "";

afterEach(() => cleanup());

describe("the reader", () => {
  it("opens on the Overview: title, key points and how the article presents its claims", async () => {
    const overview = await api.story.overview({ storyId });
    const board = await api.claims.byStatus({ storyId });
    const reader = renderReader({ columns: 120, rows: 40 });
    await reader.see(start(overview.title));
    expect(reader.frame()).toContain(start(overview.keyPoints[0]!.text));
    expect(reader.frame()).toContain(STATUS_LABELS[board[0]!.status].label);
  });

  it("lists claims, moves with j/k, opens one with its attribution and excerpt, and comes back", async () => {
    const claims = await api.claims.list({ storyId });
    const third = claims[2]!;
    const detail = await api.claims.detail({ storyId, claimId: third.id });
    const reader = renderReader({ columns: 120, rows: 30 });
    await reader.see("Overview");
    await reader.press("2");
    await reader.see(start(claims[0]!.text));
    await reader.press("j", "j", "j", "k");
    await reader.until((f) => selectedLine(f).includes(start(third.text)), "the third claim selected");
    await reader.press(KEY.enter);
    await reader.see(third.id);
    expect(reader.frame()).toContain(STATUS_LABELS[third.status].meaning.slice(0, 30));
    expect(reader.frame()).toContain(start(detail.excerpts[0]!.span.exact, 20));
    await reader.press(KEY.escape);
    await reader.until((f) => selectedLine(f).includes(start(third.text)), "back on the third claim");
  });

  it("filters claims by status with f", async () => {
    const board = await api.claims.byStatus({ storyId });
    const first = board[0]!;
    const reader = renderReader({ columns: 120, rows: 40 });
    await reader.press("2", "f");
    await reader.see(`Claims · ${STATUS_LABELS[first.status].label}`);
    expect(reader.frame()).toContain(`1/${first.claims.length}`);
  });

  it("searches as you type and steps through the hits with n and N", async () => {
    const hits = await api.search.query({ storyId, query: "Kirby", limit: 50 });
    const reader = renderReader({ columns: 120, rows: 30 });
    await reader.press("/", "K", "i", "r", "b", "y");
    await reader.see(start(hits[0]!.title));
    await reader.press(KEY.enter, "n", "n", "N");
    await reader.until((f) => selectedLine(f).includes(start(hits[1]!.title, 20)), "the second hit selected");
    expect(reader.frame()).toContain(`2/${hits.length}`);
  });

  it("jumps from a claim to its words in the source, from there to the claim, and back", async () => {
    const claims = await api.claims.list({ storyId });
    const first = claims[0]!;
    const words = first.appearances[0]!.spans[0]!.exact;
    const reader = renderReader({ columns: 120, rows: 30 });
    await reader.press("2");
    await reader.see(start(first.text));
    await reader.press(KEY.enter);
    await reader.see(first.id);
    await reader.press("s");
    await reader.see(`«${start(words, 20)}`);
    await reader.press(KEY.enter);
    await reader.see(first.id);
    await reader.press(KEY.escape);
    await reader.see(`«${start(words, 20)}`);
    await reader.press(KEY.escape);
    await reader.see(first.id);
  });

  it("shows every key of the binding table on ?", async () => {
    const reader = renderReader({ columns: 100, rows: 40 });
    await reader.press("?");
    await reader.see("Keys");
    for (const binding of BINDINGS) expect(reader.frame()).toContain(binding.description.slice(0, 40));
    await reader.press(KEY.escape);
    await reader.until((f) => !f.includes("Keys (esc"), "help closed");
  });

  it("copies a citation with OSC 52, or only shows it where the clipboard is off", async () => {
    const claims = await api.claims.list({ storyId });
    const reader = renderReader({ columns: 120, rows: 30 });
    await reader.press("2");
    await reader.see(start(claims[0]!.text));
    await reader.press("y");
    await reader.see("Copied:");
    const osc = reader.written.find((text) => text.startsWith("\u001b]52;c;"));
    const copied = Buffer.from(osc!.slice(7, -1), "base64").toString("utf8");
    expect(copied).toContain(claims[0]!.text);
    expect(copied).toContain(`https://dossier.example/${storyId}/claims/${claims[0]!.id}`);
    cleanup();
    const off = renderReader({ columns: 120, rows: 30, env: { DOSSIER_CLIPBOARD: "off" } });
    await off.press("2");
    await off.see(start(claims[0]!.text));
    await off.press("y");
    await off.see("Citation:");
    expect(off.written).toEqual([]);
  });
});
