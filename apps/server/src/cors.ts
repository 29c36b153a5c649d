import type { IncomingMessage } from "node:http";
import { ALLOWED_METHODS } from "./replies";

/** Headers a browser may send to the API, and response headers it may read. */
const ALLOWED_HEADERS = "content-type, trpc-accept, x-request-id, if-none-match";
const EXPOSED_HEADERS = "etag, x-request-id, retry-after";

export interface Cors {
  /** Whether any origin is allowed: then responses vary by Origin. */
  enabled: boolean;
  /** The headers that let an allowed origin read this response; none for any other. */
  headersFor(req: IncomingMessage): string[];
  /** What a preflight (OPTIONS) adds to `headersFor`: the methods and headers an allowed origin may use. */
  preflightFor(req: IncomingMessage): string[];
}

/** CORS from an allow-list of exact origins; "*" allows any origin (no credentials are ever sent). */
export function createCors(origins: readonly string[]): Cors {
  const allowed = new Set(origins);
  const any = allowed.has("*");
  const originOf = (req: IncomingMessage): string | null => {
    const origin = req.headers.origin;
    if (allowed.size === 0 || typeof origin !== "string") return null;
    return any ? "*" : allowed.has(origin) ? origin : null;
  };
  return {
    enabled: allowed.size > 0,
    headersFor(req) {
      const origin = originOf(req);
      return origin ? ["access-control-allow-origin", origin, "access-control-expose-headers", EXPOSED_HEADERS] : [];
    },
    preflightFor(req) {
      if (!originOf(req)) return [];
      return [
        "access-control-allow-methods",
        ALLOWED_METHODS,
        "access-control-allow-headers",
        ALLOWED_HEADERS,
        "access-control-max-age",
        "600",
      ];
    },
  };
}
