import { SECURITY_HEADERS } from "./securityHeaders";
import { etagOf } from "./etag";

/** One answer of the real tRPC handler, kept with every header it is sent with. */
export interface CachedResponse {
  status: number;
  body: Buffer;
  /** Only successful answers carry an ETag and may be reused by clients and CDNs. */
  etag: string | null;
  /** Headers of the full answer, precomputed once. */
  headers: string[];
  /** Headers of a 304 Not Modified. */
  notModified: string[];
  /** An answer holding a server error names its request, so it is neither kept nor shared. */
  reusable: boolean;
}

export interface AnswerShape {
  status: number;
  body: string;
  /** The headers tRPC set (content-type, vary, allow…). */
  headers: Headers;
  /** Whether any call failed on the server's side (5xx), even inside a batch answered 207. */
  serverFailed: boolean;
}

export interface CachePolicy {
  maxAgeSeconds: number;
  /** Responses differ by Origin when CORS is on. */
  varyOrigin: boolean;
}

export function toCachedResponse(answer: AnswerShape, policy: CachePolicy): CachedResponse {
  const body = Buffer.from(answer.body);
  const fromTrpc: string[] = [];
  let vary = "";
  for (const [name, value] of answer.headers) {
    if (name === "vary") vary = value;
    else if (name !== "content-length") fromTrpc.push(name, value);
  }
  if (policy.varyOrigin) vary = vary ? `${vary}, origin` : "origin";
  // Hashed once per cache entry: a miss pays for it, a hit only sends it.
  const etag = answer.status === 200 ? etagOf(body) : null;
  const caching = etag ? ["etag", etag, "cache-control", `public, max-age=${policy.maxAgeSeconds}`] : ["cache-control", "no-store"];
  const varying = vary ? ["vary", vary] : [];
  return {
    status: answer.status,
    body,
    etag,
    headers: [...fromTrpc, "content-length", String(body.length), ...caching, ...varying, ...SECURITY_HEADERS],
    notModified: [...caching, ...varying, ...SECURITY_HEADERS],
    reusable: answer.status < 500 && !answer.serverFailed,
  };
}

/** What a cached answer weighs in the cache's byte budget. */
export const weightOf = (response: CachedResponse, key: string): number =>
  response.body.length + key.length * 2 + 64 * (response.headers.length + response.notModified.length);
