import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportStory, type ExportFormat } from "../../src/views/export/exportStory";
import { csvCell } from "../../src/views/export/csv";
import { parseStory } from "../../src/load/parseStory";
import type { Story } from "../../src/schema/story";
import { story, variant } from "./fixture";

/** A small RFC 4180 reader, written apart from the writer under test. */
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      endCell();
    } else if (c === "\r" && body[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) throw new Error("the last record does not end with CRLF");
  return rows;
}

describe("exportStory", () => {
  it("offers json, claims-csv and jsonld, each with a type and a file name", () => {
    expect(EXPORT_FORMATS).toEqual(expect.arrayContaining(["json", "claims-csv", "jsonld"]));
    for (const format of EXPORT_FORMATS) {
      const out = exportStory(story, format);
      expect(out.format).toBe(format);
      expect(out.filename).toMatch(/^harbour-market/);
      expect(out.contentType).toMatch(/charset=utf-8/);
      expect(out.body.length).toBeGreaterThan(0);
    }
    expect(() => exportStory(story, "pdf" as ExportFormat)).toThrow(/unknown export format/);
  });

  it("json: carries the source text and round-trips through parseStory", () => {
    const { body, contentType } = exportStory(story, "json");
    expect(contentType).toMatch(/^application\/json/);
    const parsed = JSON.parse(body) as Story;
    expect(parsed.source.text).toBe(story.source.text);
    const { text, ...record } = parsed.source;
    expect(parseStory({ file: "export.json", json: { ...parsed, source: record }, text })).toEqual(story);
  });

  it("claims-csv: a header and one row per claim that parse back", () => {
    const { body, contentType } = exportStory(story, "claims-csv");
    expect(contentType).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(body);
    expect(header).toEqual(expect.arrayContaining(["id", "status", "role", "claimant", "text", "first_span"]));
    expect(rows).toHaveLength(story.claims.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const col = (name: string) => header!.indexOf(name);
    const denies = rows.find((r) => r[col("id")] === "claim.council-denies")!;
    expect(denies[col("status")]).toBe("denial");
    expect(denies[col("claimant")]).toBe("body.harbour-council");
    expect(denies[col("first_span")]).toBe("it had ignored the traders");
    // A comma in the text survives quoting.
    expect(rows.find((r) => r[col("id")] === "claim.not-consulted")![col("text")]).toBe(
      "No trader was consulted, and more than 40 stalls would close.",
    );
    expect(rows.find((r) => r[col("id")] === "claim.protest-planned")![col("claimant")]).toBe("");
  });

  it("claims-csv: neutralises cells a spreadsheet would run as formulas", () => {
    const s = variant((json) => {
      json.claims.find((c) => c.id === "claim.vote")!.text = '=HYPERLINK("http://x.test","click")';
      json.claims.find((c) => c.id === "claim.unsafe")!.text = "-2+3";
    });
    const [header, ...rows] = parseCsv(exportStory(s, "claims-csv").body);
    const text = (id: string) => rows.find((r) => r[0] === id)![header!.indexOf("text")];
    expect(text("claim.vote")).toBe(`'=HYPERLINK("http://x.test","click")`);
    expect(text("claim.unsafe")).toBe("'-2+3");
  });

  it("csvCell quotes, doubles quotes and guards formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
    expect(csvCell(null)).toBe("");
    expect(csvCell("a-b")).toBe("a-b");
  });

  it("jsonld: a NewsArticle with claims, quotations and people, every reference resolving", () => {
    const { body, contentType } = exportStory(story, "jsonld");
    expect(contentType).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(body) as { "@context": string; "@graph": Record<string, unknown>[] };
    expect(doc["@context"]).toBe("https://schema.org");
    const graph = doc["@graph"];
    const article = graph.find((n) => n["@type"] === "NewsArticle")!;
    expect(article).toMatchObject({ datePublished: null, url: null, author: null, inLanguage: "en" });
    expect(article.publisher).toEqual({ "@type": "Organization", name: "Dossier test suite (synthetic)" });
    expect(article.articleBody).toBe(story.source.text);
    expect(graph.filter((n) => n["@type"] === "Claim")).toHaveLength(story.claims.length);
    expect(graph.find((n) => n["@id"] === "#person.mara-quill")).toMatchObject({
      "@type": "Person",
      name: "Mara Quill",
      alternateName: ["Quill"],
    });
    expect(graph.find((n) => n["@id"] === "#body.harbour-council")!["@type"]).toBe("GovernmentOrganization");
    const quote = graph.find((n) => n["@type"] === "Quotation")!;
    expect(quote.spokenByCharacter).toEqual({ "@id": "#person.mara-quill" });
    expect(quote.text).toBe("The building fails every safety test we have,");
    const vote = graph.find((n) => n["@id"] === "#claim.vote")!;
    expect(vote.author).toEqual({ "@id": "#person.mara-quill" });
    expect(vote.additionalProperty).toContainEqual({ "@type": "PropertyValue", name: "status", value: "official-action" });

    const ids = new Set(graph.map((n) => n["@id"]));
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (Object.keys(o).length === 1 && typeof o["@id"] === "string") refs.push(o["@id"]);
        else Object.values(o).forEach(walk);
      }
    };
    walk(graph);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(ids, ref).toContain(ref);
  });
});
