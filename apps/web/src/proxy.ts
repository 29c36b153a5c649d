// Sets the Content-Security-Policy of every page: hashes for prerendered pages (so they stay
// static), a fresh nonce for the one page rendered per request (search results).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/securityHeaders";

let hashesByRoute: Map<string, string[]> | null = null;

/** Read once at start-up: written by scripts/cspHashes.ts after `next build`. */
function hashesFor(pathname: string): string[] | null {
  if (hashesByRoute === null) {
    try {
      const file = readFileSync(join(process.cwd(), ".next/csp-hashes.json"), "utf8");
      hashesByRoute = new Map(Object.entries(JSON.parse(file) as Record<string, string[]>));
    } catch {
      hashesByRoute = new Map();
    }
  }
  let route = pathname;
  try {
    route = decodeURIComponent(pathname);
  } catch {
    // A malformed escape cannot name a page; the 404 page answers it.
  }
  route = route.length > 1 ? route.replace(/\/+$/, "") : route;
  return hashesByRoute.get(route) ?? hashesByRoute.get("/_not-found") ?? null;
}

const isRenderedPerRequest = (pathname: string): boolean => /^\/[^/]+\/search\/?$/.test(pathname);

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (process.env.NODE_ENV === "development") {
    // The dev server evaluates code and injects scripts; the policy is for the production build.
    return NextResponse.next();
  }
  if (isRenderedPerRequest(pathname)) {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    const policy = contentSecurityPolicy([`'nonce-${nonce}'`, "'strict-dynamic'"]);
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", contentSecurityPolicy(hashesFor(pathname) ?? []));
  return response;
}

export const config = {
  // Static files carry the other security headers (next.config.ts); a policy only matters for documents.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
