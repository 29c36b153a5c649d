// Lighthouse (12.2.3, the last that runs on Node 20) against the production server with the
// system Chromium: desktop performance >= 98 and accessibility, best practices and SEO 100.
import { CHROMIUM } from "../test/e2e/browser";

const TARGETS = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 } as const;

interface LighthouseResult {
  lhr: { categories: Record<string, { score: number | null }>; runtimeError?: { code: string; message: string } };
}
type LighthouseFn = (url: string, flags: object, config?: object) => Promise<LighthouseResult | undefined>;

/** Scores each path; null when lighthouse is not installed, false when a target is missed. */
export async function runLighthouse(base: string, paths: string[]): Promise<boolean | null> {
  let lighthouse: LighthouseFn;
  let launch: (o: object) => Promise<{ port: number; kill: () => void }>;
  try {
    lighthouse = ((await import("lighthouse")) as unknown as { default: LighthouseFn }).default;
    launch = ((await import("chrome-launcher")) as unknown as { launch: typeof launch }).launch;
  } catch {
    console.log("\nLighthouse: skipped (install lighthouse@12.2.3 to run it).");
    return null;
  }
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  let ok = true;
  try {
    console.log("\nLighthouse 12.2.3, system Chromium:");
    for (const preset of ["desktop", "mobile"] as const) {
      for (const path of paths) {
        const config = preset === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
        // A run can fail on a busy machine (a protocol timeout scores 0): try once more before counting it.
        let result = await lighthouse(`${base}${path}`, { port: chrome.port, output: "json", logLevel: "error" }, config);
        if (result?.lhr.runtimeError)
          result = await lighthouse(`${base}${path}`, { port: chrome.port, output: "json", logLevel: "error" }, config);
        const scores = Object.fromEntries(
          Object.entries(result?.lhr.categories ?? {}).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
        );
        const misses = preset === "desktop" ? Object.entries(TARGETS).filter(([id, min]) => (scores[id] ?? 0) < min) : [];
        if (misses.length > 0) ok = false;
        if (result?.lhr.runtimeError) console.log(`  (Lighthouse could not run: ${result.lhr.runtimeError.message})`);
        console.log(
          `${preset.padEnd(8)} perf ${scores.performance} · a11y ${scores.accessibility} · best ${scores["best-practices"]} · seo ${scores.seo}  ${misses.length ? "MISSED" : "ok"}  ${path}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return ok;
}
