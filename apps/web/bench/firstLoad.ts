// First-load JavaScript of a page: every script its HTML loads (external and inline), each
// gzipped at level 9, summed. Measured from the HTML as served, so it counts what a reader pays.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { inlineScripts } from "../src/lib/cspHashes";

const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Script URLs a document loads: <script src> and <link rel="preload" as="script"> alike. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bas="script"[^>]*\bhref="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\bas="script"/g)) urls.add(m[1]!);
  return [...urls];
}

/** Gzipped bytes of every script of one HTML document; `distDir` is the app's .next folder. */
export function firstLoadBytes(html: string, distDir: string): number {
  let total = 0;
  for (const url of scriptUrls(html)) {
    const path = decodeURIComponent(new URL(url, "http://x").pathname);
    if (!path.startsWith("/_next/")) throw new Error(`unexpected script ${url}`);
    total += gzipSize(readFileSync(join(distDir, path.slice("/_next/".length))));
  }
  for (const script of inlineScripts(html)) total += gzipSize(script);
  return total;
}
