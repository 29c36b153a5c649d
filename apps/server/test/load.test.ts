import { expect, it } from "vitest";
import { runLoad } from "../load/runLoad";
import { FIXTURE_ROOT } from "@dossier/api/testing";

// The short version of `pnpm -F @dossier/api load`: correctness under concurrency, not speed.
it("answers every request of a short mixed load with a 2xx, then shuts down cleanly", async () => {
  const report = await runLoad({
    durationS: 3,
    connections: 20,
    env: { DOSSIER_STORIES_DIR: FIXTURE_ROOT, NODE_ENV: "production" },
  });
  expect(report.requests).toBeGreaterThan(0);
  expect(report.errors).toBe(0);
  expect(report.timeouts).toBe(0);
  expect(report.non2xx).toBe(0);
  expect(report.cleanExit).toBe(true);
  // Live heap after GC, before and after the run: generous for noise, far below what a leak of answers or buckets would add.
  expect(report.heapGrowthMB).toBeLessThan(64);
});
