import { pathToFileURL } from "node:url";

/** Where a CLI writes, and the folder relative paths start from: the process, or a test's buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** pnpm runs scripts in the package folder; INIT_CWD is where the user typed the command. */
  cwd: string;
}

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});

/** True when the module at `url` is the script node was asked to run (not imported by a test). */
export const isEntryPoint = (url: string): boolean =>
  process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
