// `dossier`: the commands in any shell; the interactive reader only on a terminal.
import { runCli } from "../cli/program";
import { printError, processIO } from "../cli/io";
import { EXIT } from "../data/dossierError";
import { holdOptimisingCompiler, keepHeapSmall, releaseOptimisingCompiler } from "./v8Settings";

const io = processIO();

const code = await runCli(process.argv.slice(2), io, async (start) => {
  if (!io.stdinIsTTY || io.stdout.isTTY !== true) {
    printError(
      io,
      "the interactive reader needs a terminal on both stdin and stdout. In a pipe or a script use a command instead, e.g. `dossier summary` or `dossier claims --json` (`dossier --help` lists them).",
    );
    return EXIT.usage;
  }
  keepHeapSmall();
  holdOptimisingCompiler();
  // Loaded only here, so the commands never pay for React and Ink.
  const { runReader } = await import("../ui/runReader");
  const code = await runReader(start, io, releaseOptimisingCompiler);
  // The reader is done and a terminal's writes are synchronous: leave now, whatever a library
  // still holds open (a stdin left referenced, a load in flight) would otherwise keep us waiting.
  process.exit(code);
});
// A server that gave up on time may still hold a socket open; on Linux a pipe's and a file's
// writes are synchronous, so leaving now loses nothing that was printed.
if (code === EXIT.unreachable) process.exit(code);
process.exitCode = code;
