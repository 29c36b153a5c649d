// Builds an empty App Router page with the same Next as the site, in the same run: the floor of
// JavaScript any page pays, to measure the site against.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export function buildEmptyApp(dir: string): { html: string; distDir: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    join(dir, "app/layout.jsx"),
    'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(join(dir, "app/page.jsx"), "export default function Page() {\n  return <p>Empty</p>;\n}\n");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build", "--turbopack"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the empty app did not build:\n${result.stdout}\n${result.stderr}`);
  const distDir = join(dir, ".next");
  return { html: readFileSync(join(distDir, "server/app/index.html"), "utf8"), distDir };
}
