import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    globalSetup: ["./test/setup/buildBundle.ts"],
    // Servers, child processes and the fuzz run take longer than the 5 s default.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
