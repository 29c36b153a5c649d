import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportStory, type ExportFormat } from "../../src/views/export/exportStory";
import { csvCell } from "../../src/views/export/csv";
import { parseStory } from "../../src/load/parseStory";
import type { Story } from "../../src/schema/story";
import { story, variant } from "./fixture";
import { parseCsv } from "./csvReader";

const VERSION = "0123456789abcdef";

describe("exportStory", () => {
  it("offers the model, three standards and two spreadsheets, each with a type and a file name", () => {
    expect([...EXPORT_FORMATS].sort()).toEqual(["claims-csv", "events", "ftm", "json", "jsonld", "quotations-csv"]);
    for (const format of EXPORT_FORMATS) {
      const out = exportStory(story, format, VERSION);
      expect(out.format).toBe(format);
      expect(out.filename).toMatch(/^harbour-market/);
      expect(out.contentType).toMatch(/charset=utf-8/);
      expect(out.body.length).toBeGreaterThan(0);
    }
    expect(() => exportStory(story, "pdf" as ExportFormat, VERSION)).toThrow(/unknown export format/);
  });

  it("json: carries the source text and round-trips through parseStory", () => {
    const { body, contentType } = exportStory(story, "json", VERSION);
    expect(contentType).toMatch(/^application\/json/);
    const { provenance, story: parsed } = JSON.parse(body) as {
      provenance: { dataVersion: string; source: { sha256: string } };
      story: Story;
    };
    expect(provenance.dataVersion).toBe(VERSION);
    expect(provenance.source.sha256).toBe(story.source.sha256);
    expect(parsed.source.text).toBe(story.source.text);
    const { text, ...record } = parsed.source;
    expect(parseStory({ file: "export.json", json: { ...parsed, source: record }, text })).toEqual(story);
  });

  it("claims-csv: a header and one row per claim that parse back", () => {
    const { body, contentType } = exportStory(story, "claims-csv", VERSION);
    expect(contentType).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(body);
    expect(header).toEqual(
      expect.arrayContaining([
        "id",
        "status",
        "role",
        "claimant",
        "text",
        "first_span",
        "first_start",
        "first_end",
        "data_version",
      ]),
    );
    expect(rows).toHaveLength(story.claims.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const col = (name: string) => header!.indexOf(name);
    const denies = rows.find((r) => r[col("id")] === "claim.council-denies")!;
    expect(denies[col("status")]).toBe("denial");
    expect(denies[col("claimant")]).toBe("body.harbour-council");
    expect(denies[col("first_span")]).toBe("it had ignored the traders");
    const [start, end] = [Number(denies[col("first_start")]), Number(denies[col("first_end")])];
    expect(story.source.text.slice(start, end)).toBe("it had ignored the traders");
    expect(denies[col("data_version")]).toBe(VERSION);
    expect(denies[col("source_sha256")]).toBe(story.source.sha256);
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
    const [header, ...rows] = parseCsv(exportStory(s, "claims-csv", VERSION).body);
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
    const { body, contentType } = exportStory(story, "jsonld", VERSION);
    expect(contentType).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(body) as { "@context": unknown[]; "@graph": Record<string, unknown>[] };
    expect(doc["@context"]).toContain("https://schema.org");
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
    const review = graph.find(
      (n) => n["@type"] === "ClaimReview" && (n.itemReviewed as { "@id": string })["@id"] === "#claim.vote",
    )!;
    expect(review.reviewRating).toMatchObject({ "@type": "Rating", alternateName: "Official action" });
    expect((review.reviewRating as { ratingExplanation: string }).ratingExplanation).toMatch(/not a verdict/);
    // Each appearance points at its words in the source by offsets and by quote.
    const [appearance] = vote.appearance as {
      "oa:hasSelector": { "@type": string; "oa:start"?: number; "oa:end"?: number; "oa:exact"?: string }[];
    }[];
    const position = appearance!["oa:hasSelector"].find((s) => s["@type"] === "oa:TextPositionSelector")!;
    const quote2 = appearance!["oa:hasSelector"].find((s) => s["@type"] === "oa:TextQuoteSelector")!;
    expect(story.source.text.slice(position["oa:start"], position["oa:end"])).toBe(quote2["oa:exact"]);
    expect(graph.find((n) => n["@type"] === "Dataset")).toMatchObject({ version: VERSION, isBasedOn: { "@id": "#article" } });

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

describe("events and quotations exports", () => {
  it("events: every event with actor and recipient names, its mode, and text that quotes the source", () => {
    const { body } = exportStory(story, "events", VERSION);
    const { provenance, events } = JSON.parse(body) as {
      provenance: { dataVersion: string };
      events: {
        id: string;
        mode: string;
        actor: { id: string; name: string }[];
        recipient: { id: string }[];
        text: { start: number; end: number; exact: string }[];
      }[];
    };
    expect(provenance.dataVersion).toBe(VERSION);
    expect(events.map((e) => e.id).sort()).toEqual(story.events.map((e) => e.id).sort());
    for (const event of events) {
      const source = story.events.find((e) => e.id === event.id)!;
      expect(event.mode).toBe(source.mode);
      expect(event.actor.map((a) => a.id)).toEqual(source.actors);
      expect(event.recipient.map((r) => r.id)).toEqual(source.recipients);
      for (const actor of event.actor) expect(actor.name).toBe(story.entities.find((e) => e.id === actor.id)!.name);
      for (const span of event.text) expect(story.source.text.slice(span.start, span.end)).toBe(span.exact);
    }
  });

  it("quotations-csv: one row per quotation whose offsets find its words", () => {
    const [header, ...rows] = parseCsv(exportStory(story, "quotations-csv", VERSION).body);
    expect(rows).toHaveLength(story.quotations.length);
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      const quote = story.quotations.find((q) => q.id === row[col("id")])!;
      expect(row[col("text")]).toBe(quote.text);
      expect(story.source.text.slice(Number(row[col("first_start")]), Number(row[col("first_end")]))).toBe(quote.text);
      expect(row[col("speaker_name")]).toBe(story.entities.find((e) => e.id === quote.speaker)!.name);
      expect(row[col("data_version")]).toBe(VERSION);
    }
  });
});
