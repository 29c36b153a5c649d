import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

// The walk installs, builds three apps and starts two servers in a fresh clone: minutes, not seconds.
export default defineConfig({ test: { ...sharedTestOptions, testTimeout: 900_000, hookTimeout: 900_000 } });
