import { describe, expect, it } from "vitest";
import { layoutNetwork } from "../src/lib/networkLayout";

const ids = ["a", "b", "c", "d", "e", "f"];
const links = [
  { from: "a", to: "b" },
  { from: "b", to: "c" },
  { from: "c", to: "a" },
  { from: "d", to: "e" },
];

describe("layoutNetwork", () => {
  const placed = layoutNetwork(ids, links, 600, 400);
  const at = (id: string) => placed.find((p) => p.id === id)!;
  const distance = (x: string, y: string) => Math.hypot(at(x).x - at(y).x, at(x).y - at(y).y);

  it("places every node inside the box", () => {
    expect(placed.map((p) => p.id)).toEqual(ids);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(600);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(400);
    }
  });

  it("is the same picture every time", () => {
    expect(layoutNetwork(ids, links, 600, 400)).toEqual(placed);
  });

  it("keeps linked nodes closer than unlinked ones and no two on top of each other", () => {
    expect(distance("a", "b")).toBeLessThan(distance("a", "e"));
    expect(distance("d", "e")).toBeLessThan(distance("d", "a"));
    for (const p of ids) for (const q of ids) if (p < q) expect(distance(p, q)).toBeGreaterThan(20);
  });

  it("ignores links to unknown nodes and handles one node", () => {
    expect(layoutNetwork(["x"], [{ from: "x", to: "nobody" }], 100, 100)).toEqual([{ id: "x", x: 50, y: 50 }]);
  });
});
