import { describe, expect, it } from "vitest";
import { callsIn } from "../src/trpcCalls";

describe("the calls a tRPC target names", () => {
  it("is one per comma-separated procedure in the path, whatever the query holds", () => {
    expect(callsIn("/api/trpc/story.overview?input=%7B%7D")).toBe(1);
    expect(callsIn("/api/trpc/a,b,c?batch=1&input=%7B%22a%22%3A%22x%2Cy%22%7D")).toBe(3);
    expect(callsIn("/trpc/a,b?x=,,,")).toBe(2);
    expect(callsIn("/trpc/" + Array(10).fill("search.query").join(","))).toBe(10);
  });
});
