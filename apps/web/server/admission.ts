// What the production server decides about a request before Next sees it: the client's tokens
// first (so no refusal can be repeated at will), then the target and method Next could not answer
// safely, then load shedding. Pure over its limiters, so it is tested without a server.
import type { IncomingMessage } from "node:http";
import {
  callsIn,
  clientAddress,
  clientNetwork,
  parseRequestTarget,
  type LoadShedder,
  type RateLimiter,
} from "@dossier/http-guard";
import { isApiPath, type Refusal } from "./replies";

export const HEALTH_PATH = "/healthz";
const API_METHODS = "GET, HEAD, POST";
const PAGE_METHODS = "GET, HEAD";

export interface AdmissionDeps {
  trustProxyHops: number;
  /** Host[:port] forms (as `authorityOf` writes them) that absolute-form targets may name. */
  ownAuthorities: ReadonlySet<string>;
  apiLimiter: RateLimiter | null;
  pageLimiter: RateLimiter | null;
  shedder: LoadShedder | null;
}

export type Decision =
  | { kind: "refuse"; refusal: Refusal; apiPath: boolean }
  | { kind: "health" }
  /** Hand to Next with `url` (origin form); `counted` when the shedder counts it in flight. */
  | { kind: "next"; url: string; apiPath: boolean; counted: boolean };

/** HTTP/1.1 asks for exactly one Host header (RFC 9112 §3.2). */
function hostProblem(req: IncomingMessage): string | null {
  let hosts = 0;
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.length === 4 && raw[i]!.toLowerCase() === "host") hosts += 1;
  if (hosts > 1) return "The request has more than one Host header.";
  if (hosts === 0 && req.httpVersion !== "1.0") return "The request has no Host header.";
  return null;
}

const refuse = (status: number, code: Refusal["code"], message: string, apiPath: boolean, headers?: string[]): Decision => ({
  kind: "refuse",
  refusal: { status, code, message, headers },
  apiPath,
});

/** Static build files are cheap and immutable: rate-limited with pages, never shed. */
const isStaticAsset = (pathname: string): boolean => pathname.startsWith("/_next/static/");

export function createAdmission(deps: AdmissionDeps): (req: IncomingMessage) => Decision {
  const { apiLimiter, pageLimiter, shedder } = deps;
  return (req) => {
    const target = parseRequestTarget(req.url ?? "/");
    const pathname = target.form === "origin" || target.form === "absolute" ? target.pathname : "";
    const apiPath = isApiPath(pathname);
    if (pathname === HEALTH_PATH) {
      if (req.method === "GET" || req.method === "HEAD") return { kind: "health" };
      return refuse(405, "METHOD_NOT_SUPPORTED", "The health check answers GET and HEAD only.", false, ["allow", PAGE_METHODS]);
    }

    const client = clientNetwork(clientAddress(req, deps.trustProxyHops));
    const cost = apiPath ? callsIn(pathname) : 1;
    const wait = (apiPath ? apiLimiter : pageLimiter)?.take(client, cost) ?? 0;
    if (wait > 0) {
      return refuse(429, "TOO_MANY_REQUESTS", `Too many requests from this client; retry in ${wait} s.`, apiPath, [
        "retry-after",
        String(wait),
      ]);
    }

    const badHost = hostProblem(req);
    if (badHost !== null) return refuse(400, "BAD_REQUEST", badHost, apiPath, ["connection", "close"]);
    switch (target.form) {
      case "asterisk":
        return refuse(400, "BAD_REQUEST", "The request target * is not served here; ask for a path.", false);
      case "authority":
        return refuse(400, "BAD_REQUEST", "A host and port is a target for CONNECT, which this server does not answer.", false);
      case "invalid":
        return refuse(400, "BAD_REQUEST", target.reason, apiPath);
      case "absolute":
        // Never served, nor redirected to, for a host that is not this site's.
        if (!deps.ownAuthorities.has(target.authority)) {
          return refuse(421, "BAD_REQUEST", "This server does not answer for that host.", apiPath);
        }
        break;
      case "origin":
        break;
    }

    const method = req.method ?? "";
    const allowed = apiPath ? method === "GET" || method === "HEAD" || method === "POST" : method === "GET" || method === "HEAD";
    if (!allowed) {
      return refuse(405, "METHOD_NOT_SUPPORTED", `${method} is not answered at this path.`, apiPath, [
        "allow",
        apiPath ? API_METHODS : PAGE_METHODS,
      ]);
    }

    const counted = shedder !== null && !isStaticAsset(pathname);
    if (counted && shedder.refuse(client, cost)) {
      const retry = String(shedder.retryAfterSeconds);
      return refuse(503, "SERVICE_UNAVAILABLE", `The server is busy; retry in ${retry} s.`, apiPath, ["retry-after", retry]);
    }
    return { kind: "next", url: `${pathname}${target.search}`, apiPath, counted };
  };
}

export { API_METHODS, PAGE_METHODS };
