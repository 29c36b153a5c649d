import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadStoryDir } from "../../src/catalog";
import { ARMS_FOR_FOOD_DIR } from "../storyFiles";

// The seed the product owner gave us, beside the checkout (CI lays a copy of shared/ there too).
const SEED = fileURLToPath(new URL("../../../../../shared/seed/000_b1047d5978d23d7d.txt", import.meta.url));

const { story } = loadStoryDir(ARMS_FOR_FOOD_DIR);
const text = story.source.text;

describe("the arms-for-food dataset", () => {
  it.runIf(existsSync(SEED))("keeps the source byte for byte as the seed file", () => {
    expect(readFileSync(`${ARMS_FOR_FOOD_DIR}/source.txt`).equals(readFileSync(SEED))).toBe(true);
  });

  it("has exactly one part for every non-empty line, and none for empty ones", () => {
    const lines = text.split("\n").filter((line) => line.length > 0);
    expect(story.source.parts.map((p) => p.span.exact)).toEqual(lines);
    expect(story.source.parts.filter((p) => p.kind === "headline")).toHaveLength(1);
    expect(story.source.parts.filter((p) => p.kind === "standfirst")).toHaveLength(3);
    expect(story.source.parts.filter((p) => p.kind === "caption")).toHaveLength(3);
  });

  it("models every opening quotation mark in the text as a quotation appearance", () => {
    const opened = [...text.matchAll(/“/g)].map((m) => m.index + 1).sort((a, b) => a - b);
    const modelled = story.quotations.flatMap((q) => q.appearances.map((a) => a.span.start)).sort((a, b) => a - b);
    expect(modelled).toEqual(opened);
  });

  it("flags exactly the quotations whose closing mark is missing", () => {
    for (const quote of story.quotations) {
      for (const { span } of quote.appearances) {
        expect(text[span.end] === "”", `${quote.id} closing mark`).toBe(!quote.unclosed);
      }
    }
    expect(story.quotations.filter((q) => q.unclosed).map((q) => q.id)).toEqual(["quote.kirby-taken-note"]);
  });

  it("keeps facts from outside the article out of its atoms", () => {
    const sanction = story.sanctions.find((s) => s.id === "sanction.mkrtychev")!;
    expect(sanction.program).toBeNull();
    expect(JSON.stringify({ ...story, externalFacts: [], source: null })).not.toContain("13551");
    expect(story.instruments.every((law) => law.identifiers.length === 0)).toBe(true);
    expect(story.source.metadata).toMatchObject({ publisher: null, byline: null, published: null, url: null });
  });

  it("derives every interval that needs the calendar from a marked external fact", () => {
    const relative = /Thursday|this month|past year|summer|war began|pandemic/i;
    for (const time of story.times.filter((t) => relative.test(t.span.exact))) {
      expect(time.derivation?.from.length, `${time.id} derivation`).toBeGreaterThan(0);
    }
  });

  it("ties each external fact and the intervals derived from it both ways", () => {
    for (const time of story.times) {
      for (const factId of time.derivation?.from ?? []) {
        const fact = story.externalFacts.find((f) => f.id === factId)!;
        expect(
          fact.about.map((a) => a.atom),
          `${factId} about`,
        ).toContain(time.id);
      }
    }
    for (const fact of story.externalFacts) {
      for (const { atom, field } of fact.about.filter((a) => a.atom.startsWith("time."))) {
        expect(field).toBe("interval");
        expect(story.times.find((t) => t.id === atom)?.derivation?.from, atom).toContain(fact.id);
      }
    }
  });

  it("marks each speaker read from a garbled attribution as inferred, with a reason", () => {
    const yellen = story.quotations.filter((q) => q.speaker === "person.janet-yellen");
    expect(yellen).toHaveLength(2);
    for (const quote of yellen) expect(quote.attribution.kind).toBe("inferred");
  });

  it("keeps the per-mention titles apart: Kirby is given two different titles", () => {
    const kirby = story.entities.find((e) => e.id === "person.john-kirby")!;
    const titles = kirby.mentions.flatMap((m) => (m.role ? [m.role.text] : []));
    expect(new Set(titles)).toEqual(new Set(["National Security Council spokesman", "White House spokesman"]));
  });

  it("links every key point to claims in its own words, never a copy of the text", () => {
    for (const point of story.keyPoints) {
      expect(text).not.toContain(point.text);
      expect(point.claims.length).toBeGreaterThan(0);
    }
    expect(text).not.toContain(story.summary);
  });
});
