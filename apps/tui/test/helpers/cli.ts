import { runCli, type ReaderStart } from "../../src/cli/program";
import type { CliIO } from "../../src/cli/io";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  readerStarts: ReaderStart[];
}

/** Runs the command line in-process with captured output, as a pipe (not a terminal) unless told. */
export async function dossier(
  args: string[],
  options: { tty?: boolean; columns?: number; env?: Record<string, string> } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const readerStarts: ReaderStart[] = [];
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false, columns: options.columns ?? 80 },
    stderr: { write: (text: string) => (stderr += text) },
    stdinIsTTY: options.tty ?? false,
    env: options.env ?? {},
  };
  const code = await runCli(args, io, (start) => {
    readerStarts.push(start);
    return Promise.resolve(0);
  });
  return { code, stdout, stderr, readerStarts };
}
