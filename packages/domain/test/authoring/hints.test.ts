import { describe, expect, it } from "vitest";
import { closestIds, editDistance, nearestMatch } from "../../src/authoring/hints";

const TEXT = "Keepers at three lighthouses voted on Monday to strike,\ntheir union said, after night  shifts doubled.";

describe("nearestMatch: where an author's quote really is", () => {
  it("finds the words despite case, curly quotes and runs of spaces, with offsets into the real text", () => {
    const match = nearestMatch(TEXT, "Night shifts doubled")!;
    expect(TEXT.slice(match.start, match.end)).toBe(match.found);
    expect(match.found).toBe("night  shifts doubled");
  });

  it("falls back to the longest run of opening or closing words it can find", () => {
    const match = nearestMatch(TEXT, "voted on Monday to walk out")!;
    expect(match.found).toBe("voted on Monday to");
  });

  it("says nothing when no two words of the quote are there", () => {
    expect(nearestMatch(TEXT, "entirely different words")).toBeNull();
  });
});

describe("closestIds: the id probably meant", () => {
  const json = {
    entities: [{ id: "person.mara-quill" }, { id: "person.ivo-brandt" }, { id: "body.harbour-council" }],
    claims: [{ id: "claim.vote" }],
  };
  it("ranks ids of the same kind by edits", () => {
    expect(closestIds("person.mara-quil", json)[0]).toBe("person.mara-quill");
    expect(closestIds("person.mara-quil", json)).not.toContain("claim.vote");
  });
  it("offers every kind when the story has none of the wrong id's kind", () => {
    expect(closestIds("group.harbour-councl", json)[0]).toBe("body.harbour-council");
  });
  it("counts edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
