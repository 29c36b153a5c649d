import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The shutdown and load tests run the production bundle: build it once (esbuild, well under a second) before any test. */
export default function buildBundle(): void {
  execFileSync(process.execPath, ["build.mjs"], { cwd: fileURLToPath(new URL("../..", import.meta.url)), stdio: "inherit" });
}
