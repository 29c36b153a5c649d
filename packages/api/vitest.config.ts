import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    // Servers, child processes and the fuzz run take longer than the 5 s default.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
