import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

// Starting two production servers takes seconds on a busy 2-core machine.
export default defineConfig({ test: { ...sharedTestOptions, testTimeout: 120_000 } });
