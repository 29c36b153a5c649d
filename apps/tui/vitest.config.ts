import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

export default defineConfig({
  test: {
    ...sharedTestOptions,
    setupFiles: ["test/setup.ts"],
    // Builds dist/dossier.js once for every test that starts the bin.
    globalSetup: ["test/buildBin.ts"],
    // The end-to-end test starts the bundled bin in tmux and waits for frames.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
