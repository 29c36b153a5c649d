import { describe, expect, it } from "vitest";
import { cutIntoPieces, innermost } from "../src/lib/segments";

const text = "The White House accuses Russia of seeking arms.";
// "White House" 4–15, "Russia" 24–30, the claim "Russia of seeking arms" 24–46.
const entity = { start: 4, end: 15, id: "body.white-house" };
const russia = { start: 24, end: 30, id: "country.russia" };
const claim = { start: 24, end: 46, id: "claim.weapons-sought" };

describe("cutIntoPieces", () => {
  it("cuts at every boundary and the pieces join back into the text", () => {
    const pieces = cutIntoPieces(text, 0, text.length, [claim, entity, russia]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.map((p) => p.text)).toEqual(["The ", "White House", " accuses ", "Russia", " of seeking arms", "."]);
  });

  it("lists covering annotations outermost first, so the innermost is last", () => {
    const pieces = cutIntoPieces(text, 0, text.length, [russia, claim]);
    const russiaPiece = pieces.find((p) => p.text === "Russia")!;
    expect(russiaPiece.covering.map((a) => a.id)).toEqual(["claim.weapons-sought", "country.russia"]);
    expect(innermost(russiaPiece)?.id).toBe("country.russia");
    expect(innermost(pieces.find((p) => p.text === " of seeking arms")!)?.id).toBe("claim.weapons-sought");
    expect(innermost(pieces[0]!)).toBeUndefined();
  });

  it("reports the annotations that start at each piece, once", () => {
    const pieces = cutIntoPieces(text, 0, text.length, [russia, claim]);
    const starts = pieces.flatMap((p) => p.starting.map((a) => `${a.id}@${p.start}`));
    expect(starts.sort()).toEqual(["claim.weapons-sought@24", "country.russia@24"]);
  });

  it("keeps to the stretch asked for and clips annotations that cross its edge", () => {
    const pieces = cutIntoPieces(text, 10, 28, [entity, claim]);
    expect(pieces.map((p) => p.text).join("")).toBe(text.slice(10, 28));
    expect(pieces[0]!.covering.map((a) => a.id)).toEqual(["body.white-house"]);
  });

  it("ignores empty annotations", () => {
    expect(cutIntoPieces("abc", 0, 3, [{ start: 1, end: 1 }])).toHaveLength(1);
  });
});
