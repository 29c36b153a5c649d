// The inline scripts of prerendered HTML, and the CSP hash of each: computed once after the build.
import { createHash } from "node:crypto";

/** The contents of every inline executable script in an HTML document (not JSON-LD or other data blocks). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (type && !/^(text|application)\/(javascript|ecmascript)$|^module$/i.test(type)) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

/** A CSP source expression for a script's exact text. */
export const scriptHash = (script: string): string => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;

/** The route a prerendered file answers: `claims/claim.x.html` → `/claims/claim.x`, `index.html` → `/`. */
export function routeOfHtmlFile(relativePath: string): string {
  const route = `/${relativePath.replace(/\\/g, "/").replace(/\.html$/, "")}`;
  return route === "/index" ? "/" : route;
}
