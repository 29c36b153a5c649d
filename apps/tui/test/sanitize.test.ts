import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { escapeJsonText, sanitize, sanitizeDeep, terminalJson } from "../src/text/sanitize";
import { DANGEROUS, HOSTILE } from "./helpers/hostile";

describe("the sanitiser", () => {
  it("leaves nothing a terminal would act on, for every hostile string alone and inside text", () => {
    for (const hostile of HOSTILE) {
      for (const text of [hostile, `before ${hostile} after`, `${hostile}${hostile}`]) {
        const clean = sanitize(text);
        expect(clean, JSON.stringify(text)).not.toMatch(DANGEROUS);
        expect(clean).not.toContain("\u001b");
      }
    }
  });

  it("drops the payload of a sequence, not only its introducer", () => {
    expect(sanitize("a\u001b]0;pwned title\u0007b")).toBe("ab");
    expect(sanitize("a\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\b")).toBe("alinkb");
    expect(sanitize("a\u001b]52;c;cm0gLXJmIH4=\u0007b")).toBe("ab");
    expect(sanitize("a\u001bP+q544e\u001b\\b")).toBe("ab");
    expect(sanitize("a\u001b_Gf=100;AAAA\u001b\\b")).toBe("ab");
    expect(sanitize("a\u009b31mb")).toBe("ab");
    expect(sanitize("x\u001b[38;2;255;0;0my")).toBe("xy");
  });

  it("catches what util.stripVTControlCharacters lets through", () => {
    const sample = "a\u001bP+q544e\u001b\\b\u0007c\bd\u202ee";
    expect(stripVTControlCharacters(sample)).toMatch(DANGEROUS);
    expect(sanitize(sample)).toBe("abcde");
  });

  it("keeps printable text, newlines, tabs and CRLF line ends as they are", () => {
    const text = "White House — “quoted” 北朝鮮 🙂\n\tindented\r\nnext";
    expect(sanitize(text)).toBe(text);
    expect(sanitize("over\rwrite")).toBe("overwrite");
  });

  it("sanitises every string of a value, keys included, without changing its shape", () => {
    const value = { ["k\u001b[1m"]: ["\u001b[2Jx", 3, null, { y: "\u202ez" }] };
    expect(sanitizeDeep(value)).toEqual({ k: ["x", 3, null, { y: "z" }] });
  });

  it("escapes controls in JSON so the data survives exactly and the terminal sees only ASCII escapes", () => {
    const value = { text: HOSTILE.join("|") };
    const json = terminalJson(value);
    expect(json).not.toMatch(DANGEROUS);
    expect(JSON.parse(json)).toEqual(value);
    expect(escapeJsonText('"\u202e\u0085"')).toBe('"\\u202e\\u0085"');
  });
});
