import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(PACKAGE, "node_modules", ".bin", "tsx");

/** Runs a CLI script of this package with tsx, as `pnpm story:*` does. */
export function runScript(script: string, args: string[]) {
  const result = spawnSync(TSX, [join(PACKAGE, "src", "cli", script), ...args], {
    cwd: PACKAGE,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: PACKAGE },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh stories folder holding a copy of the harbour-market fixture. */
export function copyFixture(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "dossier-cli-"));
  const dir = join(root, "harbour-market");
  cpSync(join(PACKAGE, "test", "fixtures", "harbour-market"), dir, { recursive: true });
  return { root, dir };
}
