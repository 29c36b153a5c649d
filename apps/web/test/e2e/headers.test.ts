// Security headers on every kind of response, a CSP with no 'unsafe-inline' for scripts, pages
// still prerendered, and the /api/trpc route holding the contract's limits.
import { describe, expect, inject, it } from "vitest";
import { CONTRACT_LIMITS } from "@dossier/api";

const base = inject("baseUrl");
const storyId = "arms-for-food";

const scriptSrc = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

describe("security headers", () => {
  const paths = [
    "/",
    `/${storyId}`,
    `/${storyId}/claims/claim.weapons-sought`,
    `/${storyId}/search?q=food`,
    "/no-such-page",
    "/sitemap.xml",
    "/robots.txt",
  ];

  it.each(paths)("%s carries HSTS, nosniff, referrer and permissions policies and a strict CSP", async (path) => {
    const response = await fetch(`${base}${path}`);
    const h = response.headers;
    expect(h.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("permissions-policy")).toContain("camera=()");
    const policy = h.get("content-security-policy") ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(scriptSrc(policy)).not.toContain("unsafe-inline");
    expect(scriptSrc(policy)).not.toContain("unsafe-eval");
    expect(h.get("x-powered-by")).toBeNull();
  });

  it("static files carry the headers too", async () => {
    const html = await (await fetch(`${base}/`)).text();
    const script = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${base}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBeTruthy();
  });

  it("prerendered pages stay prerendered under the policy, with a hash for each inline script", async () => {
    for (const path of ["/", `/${storyId}`, `/${storyId}/source`, `/${storyId}/claims/status/allegation`]) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get("x-nextjs-prerender"), path).toMatch(/^1/);
      const hashes = scriptSrc(response.headers.get("content-security-policy") ?? "").match(/'sha256-[^']+'/g) ?? [];
      const inline = [...(await response.text()).matchAll(/<script(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>/g)].length;
      expect(hashes.length, path).toBeGreaterThan(0);
      expect(hashes.length, path).toBe(inline);
    }
  });

  it("the search page, rendered per request, uses a fresh nonce its scripts carry", async () => {
    const one = await fetch(`${base}/${storyId}/search?q=food`);
    const two = await fetch(`${base}/${storyId}/search?q=food`);
    const nonceOf = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(one)).toBeTruthy();
    expect(nonceOf(one)).not.toBe(nonceOf(two));
    const html = await one.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !m[1]!.includes("application/ld+json"));
    for (const m of scripts) expect(m[1]).toContain(`nonce="${nonceOf(one)}"`);
  });
});

describe("the /api/trpc route", () => {
  const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

  it("answers a query as the in-process caller does", async () => {
    const response = await fetch(`${base}/api/trpc/story.overview?input=${input({ storyId })}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { id: string } } };
    expect(body.result.data.id).toBe(storyId);
  });

  it("refuses a batch larger than the contract allows", async () => {
    const n = CONTRACT_LIMITS.maxBatchSize + 1;
    const paths = Array.from({ length: n }, () => "story.overview").join(",");
    const inputs = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { storyId }]));
    const response = await fetch(`${base}/api/trpc/${paths}?batch=1&input=${input(inputs)}`);
    expect(response.status).toBe(400);
    const ok = await fetch(
      `${base}/api/trpc/${paths.split(",").slice(1).join(",")}?batch=1&input=${input(Object.fromEntries(Array.from({ length: n - 1 }, (_, i) => [i, { storyId }])))}`,
    );
    expect(ok.status).toBe(200);
  });

  it("refuses a URL longer than the contract allows with 414 and one sentence", async () => {
    const response = await fetch(`${base}/api/trpc/search.query?input=${"x".repeat(CONTRACT_LIMITS.maxUrlLength)}`);
    expect(response.status).toBe(414);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe(`The request target is longer than ${CONTRACT_LIMITS.maxUrlLength} characters.`);
  });

  it("refuses a body larger than the contract allows with 413", async () => {
    const response = await fetch(`${base}/api/trpc/search.query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ storyId, query: "x".repeat(CONTRACT_LIMITS.maxBodyBytes) }),
    });
    expect(response.status).toBe(413);
  });

  it("says in one sentence why an input is refused, with no stack", async () => {
    const response = await fetch(`${base}/api/trpc/claims.detail?input=${input({ storyId, claimId: "nope" })}`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect((JSON.parse(text) as { error: { message: string } }).error.message).toMatch(/^Invalid claimId: .*\.$/);
  });
});
