// V8 settings for the interactive reader, which starts once and then waits on a person. Both are
// read by V8 as it goes, so setting them at run time takes effect for what follows.
import { setFlagsFromString } from "node:v8";

/**
 * Until the first frame is drawn, code runs once or a few times: TurboFan would spend the cores
 * compiling it for later. Sparkplug and the interpreter still run everything.
 */
export function holdOptimisingCompiler(): void {
  setFlagsFromString("--no-turbofan");
}

/** From the first frame on, hot code (search as you type, long pages) is optimised as usual. */
export function releaseOptimisingCompiler(): void {
  setFlagsFromString("--turbofan");
}

/**
 * The reader's live data is a few megabytes; V8 would double the young generation each time a
 * burst of start-up objects survives, up to 32 MiB that stay resident. Keeping it at its first
 * size costs a few more short collections and keeps the process small.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
}
