// Vitest's global setup: build dist/dossier.js once, before any test file runs, so the tests that
// start the bin test what ships (the code as it is now) and never race one another's build.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export function setup(): void {
  execFileSync(process.execPath, ["build.mjs"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: "ignore" });
}
