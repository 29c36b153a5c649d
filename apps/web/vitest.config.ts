import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    ...sharedTestOptions,
    // The browser tests share one production server, started once for the run.
    globalSetup: ["test/e2e/server.ts"],
    // One Chromium at a time: CI has two cores, and a server to share them with.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
