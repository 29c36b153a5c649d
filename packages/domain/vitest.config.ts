import { defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../vitest.shared.js";

// Linting with type information (the purity test) and spawning a CLI take seconds on a busy 2-core machine.
export default defineConfig({ test: { ...sharedTestOptions, testTimeout: 60_000 } });
