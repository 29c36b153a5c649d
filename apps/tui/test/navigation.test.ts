import { describe, expect, it } from "vitest";
import {
  back,
  currentView,
  cursorOf,
  cycleScreen,
  gotoScreen,
  initialNavigation,
  moveCursor,
  nextFilter,
  open,
  screenOf,
} from "../src/ui/navigation";
import { commandFor, BINDINGS } from "../src/ui/keys/bindings";
import { NO_KEY } from "../src/ui/useReaderKeys";
import type { Key } from "ink";

const key = (overrides: Partial<Key> = {}): Key => ({ ...NO_KEY, ...overrides });

describe("navigation", () => {
  it("opens an atom on top of its screen and comes back to the same place", () => {
    let nav = moveCursor(gotoScreen(initialNavigation, "claims"), (c) => c + 3, 10);
    nav = open(nav, { kind: "claim", id: "claim.x" });
    expect(currentView(nav)).toEqual({ kind: "claim", id: "claim.x" });
    expect(screenOf(nav)).toBe("claims");
    nav = back(nav);
    expect(currentView(nav)).toEqual({ kind: "screen", screen: "claims" });
    expect(cursorOf(nav)).toBe(3);
  });

  it("jumps from an atom to its words in the source, and back to the atom", () => {
    let nav = open(gotoScreen(initialNavigation, "quotes"), { kind: "quote", id: "quote.q" });
    nav = open(nav, { kind: "source", span: { start: 5, end: 9 } });
    expect(currentView(nav)).toEqual({ kind: "screen", screen: "source" });
    expect(nav.sourceFocus).toEqual({ start: 5, end: 9 });
    expect(currentView(back(nav))).toEqual({ kind: "quote", id: "quote.q" });
  });

  it("keeps the cursor within the list", () => {
    const nav = gotoScreen(initialNavigation, "claims");
    expect(cursorOf(moveCursor(nav, (c) => c - 5, 10))).toBe(0);
    expect(cursorOf(moveCursor(nav, (c) => c + 50, 10))).toBe(9);
  });

  it("tab goes round the eight screens", () => {
    let nav = initialNavigation;
    const seen = [];
    for (let i = 0; i < 8; i++) {
      nav = cycleScreen(nav, 1);
      seen.push(screenOf(nav));
    }
    expect(new Set(seen).size).toBe(8);
    expect(screenOf(nav)).toBe("overview");
    expect(screenOf(cycleScreen(initialNavigation, -1))).toBe("search");
  });

  it("the claims filter steps through the statuses present, then back to all", () => {
    const present = ["denial", "allegation"] as const;
    expect(nextFilter(null, present)).toBe("allegation");
    expect(nextFilter("allegation", present)).toBe("denial");
    expect(nextFilter("denial", present)).toBeNull();
  });
});

describe("the binding table", () => {
  it("gives each key one command, and every command a description", () => {
    expect(commandFor("j", key())).toBe("down");
    expect(commandFor("", key({ downArrow: true }))).toBe("down");
    expect(commandFor("", key({ tab: true }))).toBe("nextScreen");
    expect(commandFor("", key({ tab: true, shift: true }))).toBe("previousScreen");
    expect(commandFor("c", key({ ctrl: true }))).toBe("quit");
    expect(commandFor("7", key())).toBe("gotoScreen");
    expect(commandFor("x", key())).toBeUndefined();
    expect(new Set(BINDINGS.map((binding) => binding.command)).size).toBe(BINDINGS.length);
    for (const binding of BINDINGS) expect(binding.description.length).toBeGreaterThan(3);
  });

  it("no two bindings claim the same printable key", () => {
    const printable = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/?! ";
    for (const char of printable) {
      const claimed = BINDINGS.filter((binding) => binding.matches(char, key()));
      expect(claimed.length, char).toBeLessThanOrEqual(1);
    }
  });
});
