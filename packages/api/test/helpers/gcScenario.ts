// Run as its own process with --expose-gc (test/deadline.gc.test.ts bundles and starts it): asks
// the server at argv[2] for the story list with a deadline of argv[3] ms, collects garbage again
// and again while it waits, and prints how long the client took to give up and why. It then
// simply ends: a deadline timer or a socket left behind would keep it alive, and the test would see.
import { createDossierClient } from "../../src/client";

const [url = "", timeout = "1000"] = process.argv.slice(2);
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("start this with node --expose-gc");
const timeoutMs = Number(timeout);

const started = performance.now();
const collecting = setInterval(collect, 20);
const outcome = await createDossierClient(url, { timeoutMs })
  .stories.list.query()
  .then(
    () => ({ answered: true }),
    (error: Error & { cause?: { name?: string; reason?: string } }) => ({
      message: error.message,
      cause: error.cause?.name,
      reason: error.cause?.reason,
    }),
  );
clearInterval(collecting);
process.stdout.write(JSON.stringify({ ...outcome, elapsedMs: performance.now() - started }));
