/**
 * The four forms of an HTTP/1.1 request target (RFC 9112 §3.2), told apart before any router
 * parses one: a router that expects a path answers `*` or `http://other.example/` with a crash or a
 * redirect to that foreign host. Only the path and query of an absolute-form target are kept; the
 * caller decides whether its authority is one of its own.
 */
export type RequestTarget =
  /** `/path?query`, the form every request to an origin server uses. */
  | { form: "origin"; pathname: string; search: string }
  /** `http://host:port/path?query`, the form sent to proxies; `authority` is normalised (lower case, no default port). */
  | { form: "absolute"; authority: string; pathname: string; search: string }
  /** `*`, for a server-wide OPTIONS. */
  | { form: "asterisk" }
  /** `host:port`, for CONNECT only. */
  | { form: "authority" }
  /** Anything else, or a path whose percent-escapes do not decode. */
  | { form: "invalid"; reason: string };

const SCHEME = /^https?:\/\//i;

/** Splits `/path?query` at the first `?`, checking that the path's escapes decode as UTF-8. */
function originParts(target: string): { pathname: string; search: string } | string {
  const query = target.indexOf("?");
  const pathname = query === -1 ? target : target.slice(0, query);
  const search = query === -1 ? "" : target.slice(query);
  if (pathname.includes("%")) {
    try {
      decodeURIComponent(pathname);
    } catch {
      return "The request path has a malformed percent-escape.";
    }
  }
  return { pathname, search };
}

export function parseRequestTarget(target: string): RequestTarget {
  if (target === "*") return { form: "asterisk" };
  if (target.startsWith("/")) {
    const parts = originParts(target);
    return typeof parts === "string" ? { form: "invalid", reason: parts } : { form: "origin", ...parts };
  }
  const scheme = SCHEME.exec(target);
  if (scheme) {
    const rest = target.slice(scheme[0].length);
    const end = rest.search(/[/?#]/);
    const rawAuthority = end === -1 ? rest : rest.slice(0, end);
    if (rawAuthority === "" || rawAuthority.includes("@")) {
      return { form: "invalid", reason: "The request target names no host, or carries user information." };
    }
    let authority: string;
    try {
      authority = new URL(`${scheme[0].toLowerCase()}${rawAuthority}`).host;
    } catch {
      return { form: "invalid", reason: "The request target's host is not valid." };
    }
    const tail = end === -1 ? "" : rest.slice(end);
    const parts = originParts(tail.startsWith("/") ? tail : `/${tail}`);
    return typeof parts === "string" ? { form: "invalid", reason: parts } : { form: "absolute", authority, ...parts };
  }
  if (/^[^/?#\s]+:\d+$/.test(target)) return { form: "authority" };
  return { form: "invalid", reason: "The request target is not a path." };
}

/**
 * The host and port a server answers for, normalised as `parseRequestTarget` normalises an
 * absolute-form authority: `https://Example.org:443/` and `example.org` both give `example.org`.
 */
export function authorityOf(origin: string): string {
  return new URL(SCHEME.test(origin) ? origin : `http://${origin}`).host;
}
