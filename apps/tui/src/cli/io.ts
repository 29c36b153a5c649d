import { sanitize, terminalJson } from "../text/sanitize";

/** Where a run writes and what it knows of its terminal: the real process, or a test's capture. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: process.stdin.isTTY === true, env: process.env };
}

/** Lines are wrapped to the terminal; in a pipe to 80 columns, so output does not depend on who runs it. */
export const widthOf = (io: CliIO): number => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80);

/** Every write of the commands passes here: text is sanitised, JSON has its controls escaped. */
export const print = (io: CliIO, text: string): void => void io.stdout.write(`${sanitize(text)}\n`);
export const printJson = (io: CliIO, value: unknown): void => void io.stdout.write(`${terminalJson(value)}\n`);
export const printError = (io: CliIO, text: string): void => void io.stderr.write(`dossier: ${sanitize(text)}\n`);
