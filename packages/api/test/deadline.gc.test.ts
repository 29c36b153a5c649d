// The deadline survives garbage collection. On Node 20 a signal made by AbortSignal.timeout() or
// AbortSignal.any() is held only weakly, and one collection was enough to lose it: a 3 s timeout
// still waiting at 9 s. The scenario runs in a child process started with --expose-gc, which
// collects every 20 ms while the client waits on a server that never answers.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, it } from "vitest";
import { silentServer, drippingServer, type HostileServer } from "./helpers/hostileServers";

const TIMEOUT_MS = 1000;
/** Well past a late timer on a busy machine; there only to catch a deadline that never fires. */
const MARGIN_MS = 2000;
const scratch = mkdtempSync(join(tmpdir(), "dossier-gc-"));
const scenario = join(scratch, "gcScenario.mjs");

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, "helpers", "gcScenario.ts")],
    outfile: scenario,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "silent",
  });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The scenario's report, or a failure if it has not ended by itself long after its deadline. */
function runScenario(url: string): Promise<{ elapsedMs: number; cause?: string; reason?: string; message?: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--expose-gc", scenario, url, String(TIMEOUT_MS)],
      { timeout: TIMEOUT_MS + 20_000, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the scenario did not end by itself (${error.message}): ${stderr}`));
        else resolve(JSON.parse(stdout) as { elapsedMs: number });
      },
    );
  });
}

for (const [name, start] of [
  ["says nothing", silentServer],
  ["drips its answer", drippingServer],
] as const) {
  it(`gives up on a server that ${name} on time, however often garbage is collected`, async () => {
    const server: HostileServer = await start();
    try {
      const report = await runScenario(server.url);
      expect(report.cause).toBe("DossierClientError");
      expect(report.reason).toBe("timeout");
      expect(report.message).toContain(server.url);
      expect(report.elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
      expect(report.elapsedMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    } finally {
      await server.close();
    }
  });
}
