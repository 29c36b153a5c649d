// After `next build`: hash each prerendered page's inline scripts so the proxy can allow exactly those.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { inlineScripts, routeOfHtmlFile, scriptHash } from "../src/lib/cspHashes";

const appDir = join(process.cwd(), ".next/server/app");
const out = join(process.cwd(), ".next/csp-hashes.json");

const htmlFiles = readdirSync(appDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
const hashes: Record<string, string[]> = {};
for (const file of htmlFiles) {
  const scripts = inlineScripts(readFileSync(join(appDir, file), "utf8"));
  hashes[routeOfHtmlFile(relative(appDir, join(appDir, file)))] = [...new Set(scripts.map(scriptHash))];
}
writeFileSync(out, JSON.stringify(hashes));
console.log(`CSP: hashed the inline scripts of ${htmlFiles.length} prerendered pages into .next/csp-hashes.json`);
