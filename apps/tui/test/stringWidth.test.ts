import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import { createCaller, createContextInner } from "@dossier/api";
import { withOneColumnFastPath } from "../src/text/stringWidth";

/** The fast path in front of the real string-width, counting how often the real one is needed. */
function measured() {
  let loads = 0;
  const width = withOneColumnFastPath(() => {
    loads++;
    return stringWidth;
  });
  return { width, loads: () => loads };
}

const everyCodePointUpTo = (last: number) => Array.from({ length: last + 1 }, (_, c) => String.fromCodePoint(c));

describe("string width with a one-column fast path", () => {
  it("gives string-width's answer for every character of the Basic Multilingual Plane's first 0x3000", () => {
    const { width } = measured();
    const wrong = everyCodePointUpTo(0x3000).filter((c) => !(c >= "\ud800" && c <= "\udfff") && width(c) !== stringWidth(c));
    expect(wrong.map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it("gives string-width's answer for runs mixing one-column characters with marks, emoji and colour codes", () => {
    const { width } = measured();
    const samples = [
      "Russia’s “arms-for-food” deal — denied…",
      "■■■■■ 5 │ status",
      "café naïve ×½ ©®",
      "e\u0301 combining",
      "soft\u00adhyphen",
      "zero\u200bwidth",
      "‼ and ‼\ufe0f",
      "flag 🇰🇵 and keycap 1\ufe0f\u20e3",
      "\u001b[1m\u001b[36mOverview\u001b[39m\u001b[22m 2 Claims",
      "\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007",
      "wide 北朝鮮 text",
    ];
    for (const text of samples) expect([text, width(text)]).toEqual([text, stringWidth(text)]);
    for (const text of samples) {
      expect([text, width(text, { ambiguousIsNarrow: false })]).toEqual([text, stringWidth(text, { ambiguousIsNarrow: false })]);
      expect([text, width(text, { countAnsiEscapeCodes: true })]).toEqual([
        text,
        stringWidth(text, { countAnsiEscapeCodes: true }),
      ]);
    }
  });

  it("answers the whole story without loading string-width, and the same as string-width would", async () => {
    const { width, loads } = measured();
    const { text } = await createCaller(createContextInner()).story.source({ storyId: "arms-for-food" });
    const lines = text.split("\n");
    const widths = lines.map((line) => width(line));
    expect(loads()).toBe(0);
    expect(widths).toEqual(lines.map((line) => stringWidth(line)));
  });

  it("loads string-width once, for the first string outside the set", () => {
    const { width, loads } = measured();
    width("plain");
    expect(loads()).toBe(0);
    expect(width("北朝鮮")).toBe(6);
    width("🇰🇵");
    expect(loads()).toBe(1);
  });

  it("measures nothing as zero, as string-width does", () => {
    const { width } = measured();
    expect(width("")).toBe(0);
    expect(width(undefined as unknown as string)).toBe(stringWidth(undefined as unknown as string));
  });
});
