import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

// nginx, two API replicas and the production web app start together on a busy 2-core machine.
export default defineConfig({ test: { ...sharedTestOptions, testTimeout: 60_000, hookTimeout: 120_000 } });
