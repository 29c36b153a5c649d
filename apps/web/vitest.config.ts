import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    // The browser tests share one production server, started once for the run.
    globalSetup: ["test/e2e/server.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
