// The only door to story data: the router called in-process (the default, data bundled in) or a
// Dossier server over HTTP. The UI and the commands see the same typed answers either way.
import { ANSWER_SHAPES, type ProcedurePath, type Procedures } from "./procedures";
import { DossierError, toDossierError } from "./dossierError";
import { prerenderedAnswer } from "./prerendered";
import { openEmbeddedRouter } from "./routerChunk";

export interface Dossier {
  /** "embedded", or the server's URL: where answers come from, for messages. */
  readonly where: string;
  query<P extends ProcedurePath>(path: P, input: Procedures[P][0]): Promise<Procedures[P][1]>;
  /** Gets ready for the calls to come (loads the embedded library) once the first frame is out. */
  warm(): void;
  /** An answer known without asking (computed at build time), so a first frame can be drawn at once. */
  peek<P extends ProcedurePath>(path: P, input: Procedures[P][0]): Procedures[P][1] | undefined;
}

type Callable = (input: unknown) => Promise<unknown>;

/** Finds `a.b` on a caller or client; a missing step is an incompatible contract, not a TypeError. */
function procedureAt(root: unknown, path: string, leaf?: string): Callable | undefined {
  let node: unknown = root;
  for (const key of [...path.split("."), ...(leaf ? [leaf] : [])]) {
    if ((typeof node !== "object" && typeof node !== "function") || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "function" ? (node as Callable) : undefined;
}

function dossierOver(
  where: string,
  call: (path: ProcedurePath, input: unknown) => Promise<unknown>,
  {
    warm = () => {},
    peek = () => undefined,
  }: { warm?: () => void; peek?: (path: ProcedurePath, input: unknown) => unknown } = {},
): Dossier {
  return {
    where,
    warm,
    peek: (path, input) => {
      const known = peek(path, input);
      return known !== undefined && ANSWER_SHAPES[path](known) ? (known as Procedures[typeof path][1]) : undefined;
    },
    async query(path, input) {
      let answer: unknown;
      try {
        answer = await call(path, input);
      } catch (error) {
        throw toDossierError(error, where);
      }
      if (!ANSWER_SHAPES[path](answer)) {
        throw new DossierError(
          "incompatible",
          `The server at ${where} answered ${path} in a shape this dossier does not know; is it the same version?`,
        );
      }
      return answer as Procedures[typeof path][1];
    },
  };
}

/** The router in this process, over the stories bundled with it. Loaded on first use. */
export function embeddedDossier(): Dossier {
  let caller: Promise<unknown> | undefined;
  // Opened lazily so the first frame does not wait for zod, the router and the story data.
  const load = () => (caller ??= openEmbeddedRouter());
  return dossierOver(
    "embedded",
    async (path, input) => {
      const prerendered = prerenderedAnswer(path, input);
      if (prerendered) return prerendered.value;
      const procedure = procedureAt(await load(), path);
      if (!procedure) throw new DossierError("incompatible", `The embedded API has no procedure ${path}.`);
      return procedure(input);
    },
    { warm: () => void load(), peek: (path, input) => prerenderedAnswer(path, input)?.value },
  );
}

export interface RemoteOptions {
  timeoutMs?: number;
}

/** A Dossier server at `url` (its origin, or its tRPC endpoint ending in /trpc). */
export async function remoteDossier(url: string, { timeoutMs = 10_000 }: RemoteOptions = {}): Promise<Dossier> {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new DossierError("failed", `--api needs an http(s) URL such as http://127.0.0.1:3001, not "${url}".`);
  }
  if (base.protocol !== "http:" && base.protocol !== "https:") {
    throw new DossierError("failed", `--api needs an http(s) URL such as http://127.0.0.1:3001, not "${url}".`);
  }
  const origin = base.href.replace(/\/+$/, "");
  const endpoint = origin.endsWith("/trpc") ? origin : `${origin}/trpc`;
  const { createDossierClient } = await import("@dossier/api/client");
  const client = createDossierClient(endpoint, { timeoutMs });
  return dossierOver(origin, (path, input) => {
    const procedure = procedureAt(client, path, "query");
    if (!procedure) throw new DossierError("incompatible", `This dossier's client has no procedure ${path}.`);
    return procedure(input);
  });
}

/** `--api` or DOSSIER_API chooses a server; otherwise the embedded router. */
export async function openDossier(api: string | undefined, options: RemoteOptions = {}): Promise<Dossier> {
  const url = api?.trim() || undefined;
  return url ? remoteDossier(url, options) : embeddedDossier();
}
