import { describe, expect, it } from "vitest";
import { escapeHtml, sourceHtml } from "../src/lib/sourceHtml";

const text = "Kirby said <Russia> is seeking arms.";
const span = (start: number, end: number) => ({ start, end, exact: text.slice(start, end) });
const annotation = (atomKind: string, atomId: string, start: number, end: number) => ({
  atomKind,
  atomId,
  field: "span",
  span: span(start, end),
  partId: "part.body-1",
});
const source = {
  text,
  parts: [{ id: "part.body-1", kind: "body", span: span(0, text.length) }],
  annotations: [
    annotation("entity", "person.kirby", 0, 5),
    annotation("claim", "claim.seeking", 11, 35),
    annotation("claim", "claim.seeking", 6, 10),
    annotation("entity", "country.russia", 11, 19),
  ],
} as unknown as Parameters<typeof sourceHtml>[1];

describe("sourceHtml", () => {
  const html = sourceHtml("s", source);
  const textOf = (markup: string) =>
    markup
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");

  it("keeps the text verbatim, escaped", () => {
    expect(textOf(html)).toBe(text);
    expect(html).toContain("&lt;Russia&gt;");
    expect(html).not.toContain("<Russia>");
  });

  it("links each stretch to its innermost atom and marks every kind covering it", () => {
    expect(html).toContain('<a class="ann k-claim k-entity" href="/s/actors/country.russia">&lt;Russia&gt;</a>');
    expect(html).toContain('<a class="ann k-entity" href="/s/actors/person.kirby">Kirby</a>');
    expect(html).toContain('<a class="ann k-claim" href="/s/claims/claim.seeking"> is seeking arms</a>');
  });

  it("puts an anchor where each annotation starts, and the bare id at an atom's first place only", () => {
    const ids = [...html.matchAll(/<span id="([^"]+)" class="anchor">/g)].map((m) => m[1]);
    expect(ids).toEqual([
      "person.kirby@0",
      "person.kirby",
      "claim.seeking@6",
      "claim.seeking",
      "claim.seeking@11",
      "country.russia@11",
      "country.russia",
    ]);
  });

  it("wraps each part in a paragraph named by its id", () => {
    expect(html.startsWith('<p id="part.body-1">')).toBe(true);
    expect(html.endsWith("</p>")).toBe(true);
  });

  it("does not make a link of a space or a sliver between two links of one atom", () => {
    const withSliver = sourceHtml("s", {
      ...source,
      annotations: [
        annotation("claim", "claim.a", 0, 35),
        annotation("entity", "person.kirby", 0, 5),
        annotation("entity", "x.y", 6, 10),
        annotation("entity", "country.russia", 11, 19),
      ],
    } as typeof source);
    expect(withSliver).toContain('<span class="ann k-claim"> </span>');
    expect(withSliver).not.toContain('href="/s/claims/claim.a"> </a>');
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
