import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main as anchor } from "../../src/cli/anchor";
import { main as check } from "../../src/cli/check";
import { main as dump } from "../../src/cli/dump";
import { main as scaffold } from "../../src/cli/new";

const PACKAGE = join(import.meta.dirname, "..", "..");
const CLIS = { "check.ts": check, "dump.ts": dump, "new.ts": scaffold, "anchor.ts": anchor } as const;

/** Runs a CLI's main in-process, as `pnpm story:*` would run the script, and collects what it says. */
export function runScript(script: keyof typeof CLIS, args: string[], cwd = PACKAGE) {
  let stdout = "";
  let stderr = "";
  const status = CLIS[script](args, { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd });
  return { status, stdout, stderr };
}

/** A fresh stories folder holding a copy of the harbour-market fixture. */
export function copyFixture(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "dossier-cli-"));
  const dir = join(root, "harbour-market");
  cpSync(join(PACKAGE, "test", "fixtures", "harbour-market"), dir, { recursive: true });
  return { root, dir };
}
