import { TRPCClientError } from "@trpc/client";
import { sanitize } from "../text/sanitize";

/** Exit codes a script can act on. */
export const EXIT = {
  ok: 0,
  /** The story or an atom does not exist, or an input was refused. */
  failed: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** The server could not be reached or did not answer in time. */
  unreachable: 3,
  /** The server answered, but not as this version of the contract does. */
  incompatible: 4,
} as const;

export type DossierErrorKind = "failed" | "unreachable" | "incompatible";

/** An error for a person: one sentence, and the exit code that goes with it. */
export class DossierError extends Error {
  constructor(
    readonly kind: DossierErrorKind,
    message: string,
  ) {
    super(sanitize(message));
    this.name = "DossierError";
  }

  get exitCode(): number {
    return EXIT[this.kind];
  }
}

interface Link {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  /** A DossierClientError's: "timeout" or "tooLarge". */
  reason?: unknown;
  limit?: unknown;
}

/** The error and its causes, outermost first. */
function causeChain(error: unknown): Link[] {
  const chain: Link[] = [];
  let current: unknown = error;
  while (current !== null && typeof current === "object" && chain.length < 6) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** Turns whatever a call threw into one sentence that says where and why. */
export function toDossierError(error: unknown, where: string): DossierError {
  if (error instanceof DossierError) return error;
  // A TRPCError from the router, known by name: in the bin the router is a chunk with its own tRPC.
  if (error instanceof Error && error.name === "TRPCError") {
    return new DossierError("failed", error.message);
  }
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: unknown } | undefined)?.code;
    const chain = causeChain(error);
    // The client's own bounds, known by name: it is loaded only for --api, so not imported here.
    const bound = chain.find((link) => link.name === "DossierClientError");
    if (bound?.reason === "tooLarge") {
      return new DossierError(
        "incompatible",
        `The server at ${where} sent more than ${String(bound.limit)} bytes for one answer; no Dossier server answers that much, so dossier stopped reading.`,
      );
    }
    if (bound?.reason === "timeout") {
      return new DossierError(
        "unreachable",
        `The Dossier server at ${where} did not answer in time: dossier gave up after ${String(bound.limit)} ms.`,
      );
    }
    if (chain.some((link) => link.name === "TimeoutError" || link.name === "AbortError")) {
      return new DossierError("unreachable", `The Dossier server at ${where} did not answer in time.`);
    }
    if (typeof code === "string") {
      if (code === "NOT_FOUND" && /no procedure/i.test(error.message)) {
        return new DossierError(
          "incompatible",
          `The server at ${where} does not offer what this dossier needs; is it a Dossier server of the same version?`,
        );
      }
      if (code === "NOT_FOUND" || code === "BAD_REQUEST") return new DossierError("failed", error.message);
      return new DossierError("failed", `The Dossier server at ${where} failed: ${error.message}`);
    }
    // fetch fails with a TypeError whose cause says why: ECONNREFUSED, ENOTFOUND, a refused port.
    if (chain.some((link) => link.name === "TypeError" && link.message === "fetch failed")) {
      const root = chain[chain.length - 1];
      const why = typeof root?.code === "string" ? root.code : typeof root?.message === "string" ? root.message : "";
      return new DossierError(
        "unreachable",
        `Cannot reach a Dossier server at ${where}${why && why !== "fetch failed" ? ` (${why})` : ""}; is it running?`,
      );
    }
    return new DossierError("incompatible", `The server at ${where} did not answer as a Dossier server does.`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DossierError("failed", `Something went wrong: ${message}`);
}
