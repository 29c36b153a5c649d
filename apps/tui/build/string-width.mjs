// Stands in for `string-width` in the bundle (see build/plugins.mjs): the fast path of
// src/text/stringWidth.ts, with Ink's own string-width loaded on first need. esbuild turns this
// require() of a bundled ES module into a lazy initialiser, so string-width's set-up runs only then.
import { withOneColumnFastPath } from "../src/text/stringWidth";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- require() is what esbuild makes lazy
export default withOneColumnFastPath(() => require("string-width").default);
