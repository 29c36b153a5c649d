import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScripts, routeOfHtmlFile, scriptHash } from "../src/lib/cspHashes";
import { contentSecurityPolicy } from "../src/lib/securityHeaders";

describe("inline scripts of prerendered HTML", () => {
  const html = [
    '<script src="/_next/a.js" async=""></script>',
    '<script>self.__next_f.push([1,"x"])</script>',
    '<script type="application/ld+json">{"@type":"Claim"}</script>',
    '<script id="boot">(function(){})()</script>',
    '<script type="module">import "x"</script>',
  ].join("");

  it("finds executable inline scripts only: not external files, not JSON-LD data", () => {
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"x"])', "(function(){})()", 'import "x"']);
  });

  it("hashes a script's exact text as CSP expects", () => {
    const expected = createHash("sha256").update("alert(1)").digest("base64");
    expect(scriptHash("alert(1)")).toBe(`'sha256-${expected}'`);
    expect(scriptHash("alert(1) ")).not.toBe(scriptHash("alert(1)"));
  });

  it("maps a prerendered file to the route it answers", () => {
    expect(routeOfHtmlFile("index.html")).toBe("/");
    expect(routeOfHtmlFile("arms-for-food.html")).toBe("/arms-for-food");
    expect(routeOfHtmlFile("arms-for-food/claims/claim.deal-struck.html")).toBe("/arms-for-food/claims/claim.deal-struck");
    expect(routeOfHtmlFile("_not-found.html")).toBe("/_not-found");
  });
});

describe("the policy", () => {
  it("allows scripts only from the site and the given sources, and no framing", () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"]);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
  });
});
