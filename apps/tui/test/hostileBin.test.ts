// The built bin against servers that accept a request and then never finish it: it must end
// within its --timeout plus a second, in one sentence with the exit code the README documents,
// and without growing past 200 MiB, whatever the server does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/data/dossierError";
import { runBin } from "./helpers/measuredBin";
import { drippingServer, endlessServer, lateServer, silentServer, type Running } from "./helpers/servers";

const TIMEOUT_MS = 1500;
/** The bound the bin promises: its --timeout plus one second, counted from when it is up. */
const EXIT_WITHIN_MS = TIMEOUT_MS + 1000;

/**
 * How long this machine, right now, takes to start the bin and leave (`--version`, the slower of
 * two runs): on a busy CI machine Node's own start-up can take a second, which is not the bin's
 * waiting on a server, so it is measured beside each case and set apart.
 */
async function startUpMs(): Promise<number> {
  const runs = [await runBin(["--version"]), await runBin(["--version"])];
  return Math.max(...runs.map((run) => run.elapsedMs));
}
const PEAK_RSS_KIB = 200 * 1024;

describe.each([
  {
    server: "says nothing",
    start: silentServer,
    code: EXIT.unreachable,
    says: "did not answer in time",
  },
  {
    server: "drips a byte every 100 ms",
    start: () => drippingServer(100),
    code: EXIT.unreachable,
    says: "did not answer in time",
  },
  {
    // Each call alone is inside the timeout; the command's two calls together are not.
    server: "answers every call just before the timeout",
    start: () => lateServer(TIMEOUT_MS - 200),
    code: EXIT.unreachable,
    // Whichever deadline speaks first, the command's or the call's, it is this sentence.
    says: "did not answer in time",
  },
  {
    server: "sends a body without end",
    start: endlessServer,
    code: EXIT.incompatible,
    says: "bytes for one answer; no Dossier server answers that much, so dossier stopped reading.",
  },
])("dossier --api URL --timeout 1500 summary, when the server $server", ({ start, code, says }) => {
  let server: Running;
  beforeAll(async () => (server = await start()));
  afterAll(() => server.close());

  it(`exits ${code} within ${EXIT_WITHIN_MS} ms, under 200 MiB, with one sentence naming the server`, async () => {
    const startUp = await startUpMs();
    const run = await runBin(["--api", server.url, "--timeout", String(TIMEOUT_MS), "summary"]);
    const figures = `${Math.round(run.elapsedMs)} ms (start-up ${Math.round(startUp)} ms), ${Math.round(run.peakRssKiB / 1024)} MiB`;
    expect(run.code, run.stderr).toBe(code);
    expect(run.stderr).toMatch(new RegExp(`^dossier: The (Dossier )?server at ${server.url} [^\\n]*\\n$`));
    expect(run.stderr).toContain(says);
    expect(run.stdout).toBe("");
    expect(run.elapsedMs - startUp, figures).toBeLessThan(EXIT_WITHIN_MS);
    expect(run.peakRssKiB, figures).toBeGreaterThan(0);
    expect(run.peakRssKiB, figures).toBeLessThan(PEAK_RSS_KIB);
  });
});
