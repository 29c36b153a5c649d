import { describe, expect, it } from "vitest";
import { etagOf, matchesIfNoneMatch } from "../src/server/etag";

describe("the ETag", () => {
  it("is a strong tag that follows the bytes: the same body the same tag, another body another tag", () => {
    const body = Buffer.from('{"result":{"data":[1,2,3]}}');
    expect(etagOf(body)).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf(Buffer.from(body))).toBe(etagOf(body));
    expect(etagOf(Buffer.from('{"result":{"data":[1,2,4]}}'))).not.toBe(etagOf(body));
  });
});

describe("If-None-Match", () => {
  it("matches the tag, its weak form, a list holding it, and *; nothing else", () => {
    expect(matchesIfNoneMatch('"v-1"', '"v-1"')).toBe(true);
    expect(matchesIfNoneMatch('W/"v-1"', '"v-1"')).toBe(true);
    expect(matchesIfNoneMatch('"a", "v-1"', '"v-1"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"v-1"')).toBe(true);
    expect(matchesIfNoneMatch('"v-2"', '"v-1"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"v-1"')).toBe(false);
  });
});
