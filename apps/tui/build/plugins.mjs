// esbuild plugins for the `dossier` bundle: each keeps a dependency's behaviour and drops a start-up cost.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** zod re-exports ~40 locales as `z.locales`; nothing here reads them, so only English is bundled. */
export const englishOnlyZod = {
  name: "english-only-zod",
  setup(build) {
    build.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), args.path), namespace: "zod-locales" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Yoga (Ink's layout engine) carries its WebAssembly as a base64 data URL and reads it with
 * `fetch` whenever `fetch` exists, which on Node makes the process load undici (tens of
 * milliseconds) just to decode a string. Its own fallback decodes the same bytes directly.
 */
export const yogaWithoutFetch = {
  name: "yoga-without-fetch",
  setup(build) {
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, async (args) => {
      const code = await readFile(args.path, "utf8");
      const patched = code.replaceAll('"function"!=typeof fetch', "!0");
      if (patched === code)
        throw new Error(`yoga-without-fetch: ${args.path} no longer reads its wasm with fetch; drop this plugin.`);
      return { contents: patched, loader: "js" };
    });
  },
};

/**
 * Every import of string-width gets build/string-width.mjs, a fast path that loads the real one
 * only when needed; that module's own import gets Ink's copy (string-width 8). Ink reaches
 * string-width 8 directly and string-width 7 through wrap-ansi, so this also keeps one copy.
 */
const REAL = Symbol("the real string-width");
export const lazyStringWidth = {
  name: "lazy-string-width",
  setup(build) {
    const stand = fileURLToPath(new URL("./string-width.mjs", import.meta.url));
    let inkDir;
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === REAL) return undefined; // the look-up below, left to esbuild
      if (args.importer !== stand) return { path: stand };
      inkDir ??= dirname(fileURLToPath(import.meta.resolve("ink")));
      return build.resolve("string-width", { resolveDir: inkDir, kind: args.kind, pluginData: REAL });
    });
  },
};

/** The bin's own version of a source module: `./name` imported from src/ becomes build/name.ts. */
export const binVersionOf = (...names) => ({
  name: "bin-version-of",
  setup(build) {
    const filter = new RegExp(`^\\./(${names.join("|")})$`);
    build.onResolve({ filter }, (args) => ({ path: fileURLToPath(new URL(`${args.path}.ts`, import.meta.url)) }));
  },
});
