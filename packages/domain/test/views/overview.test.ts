import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ATOM_COLLECTIONS } from "../../src/schema/story";
import { overview } from "../../src/views/overview";
import { FIXTURE_DIR, rawJson, story } from "./fixture";

describe("overview", () => {
  const view = overview(story);

  it("carries the story's id, title and summary", () => {
    expect(view.id).toBe("harbour-market");
    expect(view.title).toBe(rawJson.title);
    expect(view.summary).toMatch(/^SYNTHETIC FIXTURE/);
  });

  it("resolves each key point's claims to id, text and status", () => {
    expect(view.keyPoints.map((p) => p.id)).toEqual(["point.vote", "point.objection"]);
    expect(view.keyPoints[0]!.claims).toEqual([
      { id: "claim.vote", text: "The council voted to close the fish market.", status: "official-action" },
    ]);
    expect(view.keyPoints[1]!.claims.map((c) => [c.id, c.status])).toEqual([["claim.not-consulted", "allegation"]]);
  });

  it("counts every atom collection as the file lists it", () => {
    expect(Object.keys(view.counts).sort()).toEqual([...ATOM_COLLECTIONS].sort());
    for (const collection of ATOM_COLLECTIONS) expect(view.counts[collection], collection).toBe(rawJson[collection]!.length);
    expect(view.counts.entities).toBe(4);
    expect(view.counts.exchanges).toBe(0);
  });

  it("describes the source: metadata, headline, parts and length", () => {
    const text = readFileSync(`${FIXTURE_DIR}/source.txt`, "utf8");
    expect(view.source.metadata.publisher).toBe("Dossier test suite (synthetic)");
    expect(view.source.metadata.byline).toBeNull();
    expect(view.source.headline).toBe(text.split("\n")[0]);
    expect(view.source.parts).toBe(6);
    expect(view.source.characters).toBe(text.length);
    expect(view.source.file).toBe("source.txt");
  });
});
