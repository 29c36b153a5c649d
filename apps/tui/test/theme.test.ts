import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES } from "@dossier/domain/vocabulary";
import { themeFor } from "../src/ui/theme";

describe("colour", () => {
  it("NO_COLOR turns every colour token off; FORCE_COLOR wins over it; FORCE_COLOR=0 turns colour off", () => {
    expect(themeFor({}).colour).toBe(true);
    const plain = themeFor({ NO_COLOR: "1" });
    expect(plain.colour).toBe(false);
    expect(
      [...Object.values(plain.text), ...Object.values(plain.status), ...Object.values(plain.span)].every((c) => c === undefined),
    ).toBe(true);
    expect(themeFor({ NO_COLOR: "1", FORCE_COLOR: "1" }).colour).toBe(true);
    expect(themeFor({ FORCE_COLOR: "0" }).colour).toBe(false);
    expect(themeFor({ NO_COLOR: "" }).colour).toBe(true);
  });

  it("gives every claim status a colour token", () => {
    const colours = CLAIM_STATUSES.map((status) => themeFor({}).status[status]);
    expect(colours.every(Boolean)).toBe(true);
  });
});
