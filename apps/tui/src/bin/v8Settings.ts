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
 * The reader's live data is about 12 MiB. By default V8 doubles the young generation while
 * start-up objects survive (up to 32 MiB that stay resident) and lets the old generation fill
 * with garbage to several times the live size before a full collection. A fixed young generation
 * and an old one that grows by a fifth keep the process near its live size; the price is more,
 * smaller collections, which a reader waiting on key presses does not feel.
 */
export function keepHeapSmall(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--heap-growing-percent=20");
}
