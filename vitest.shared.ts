/**
 * What every package's Vitest run shares: the usual console report, plus a JSON report that
 * .ci/run adds up into one "N passed, N failed" line for the whole tree. A plain object, so
 * this file needs no dependency of its own at the root.
 */
export const sharedTestOptions = {
  include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
  reporters: ["default", "json"],
  outputFile: { json: "test-results.json" },
};
