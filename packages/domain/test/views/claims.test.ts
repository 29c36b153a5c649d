import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES } from "../../src/schema/claim";
import { filterClaims } from "../../src/views/filterClaims";
import { claimsByStatus } from "../../src/views/claimsByStatus";
import { story } from "./fixture";

const ids = (claims: { id: string }[]) => claims.map((c) => c.id);

describe("filterClaims", () => {
  it("returns every claim in the order the text tells them when nothing filters", () => {
    const all = filterClaims(story);
    expect(all).toHaveLength(story.claims.length);
    // claim.unsafe is told in the standfirst (offset 83), before claim.vote in the body (167).
    expect(ids(all).indexOf("claim.unsafe")).toBeLessThan(ids(all).indexOf("claim.vote"));
    expect(ids(all).at(-1)).toBe("claim.council-denies");
  });

  it("filters by status and by role", () => {
    expect(ids(filterClaims(story, { status: "allegation" }))).toEqual(["claim.not-consulted"]);
    expect(ids(filterClaims(story, { status: "denial" }))).toEqual(["claim.council-denies"]);
    expect(ids(filterClaims(story, { role: "central" }))).toEqual(["claim.vote"]);
    expect(filterClaims(story, { status: "hypothetical" })).toEqual([]);
  });

  it("filters by claimant", () => {
    expect(ids(filterClaims(story, { claimant: "person.mara-quill" }))).toEqual(["claim.unsafe", "claim.vote"]);
  });

  it("matches an entity as claimant, about or mention", () => {
    const traders = ids(filterClaims(story, { entity: "group.traders" }));
    expect(traders).toContain("claim.not-consulted"); // mentions
    expect(traders).toContain("claim.council-denies"); // about
    expect(traders).not.toContain("claim.vote");
    expect(ids(filterClaims(story, { entity: "body.harbour-council" }))).toEqual(
      expect.arrayContaining(["claim.vote", "claim.not-consulted", "claim.council-denies"]),
    );
    expect(filterClaims(story, { entity: "person.nobody" })).toEqual([]);
  });

  it("combines filters", () => {
    expect(ids(filterClaims(story, { entity: "group.traders", status: "denial" }))).toEqual(["claim.council-denies"]);
    expect(filterClaims(story, { claimant: "person.ivo-brandt", status: "denial" })).toEqual([]);
  });
});

describe("claimsByStatus", () => {
  const groups = claimsByStatus(story);

  it("groups in the fixed status order and omits empty groups", () => {
    expect(groups.map((g) => g.status)).toEqual(["official-action", "allegation", "denial", "statement", "article-fact"]);
    const positions = groups.map((g) => CLAIM_STATUSES.indexOf(g.status));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const group of groups) expect(group.claims.length).toBeGreaterThan(0);
  });

  it("puts every claim in exactly the group of its status", () => {
    expect(groups.flatMap((g) => ids(g.claims)).sort()).toEqual(ids(story.claims).sort());
    for (const group of groups) for (const claim of group.claims) expect(claim.status).toBe(group.status);
    expect(ids(groups.find((g) => g.status === "statement")!.claims)).toEqual(["claim.unsafe"]);
  });
});
