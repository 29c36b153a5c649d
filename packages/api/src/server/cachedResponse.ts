import { SECURITY_HEADERS } from "./securityHeaders.js";

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
  /** Errors of the server (5xx) name their request and are never reused. */
  reusable: boolean;
}

export interface AnswerShape {
  status: number;
  body: string;
  /** The headers tRPC set (content-type, vary, allow…). */
  headers: Headers;
}

export interface CachePolicy {
  etag: string | null;
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
  const etag = answer.status === 200 ? policy.etag : null;
  const caching = etag ? ["etag", etag, "cache-control", `public, max-age=${policy.maxAgeSeconds}`] : ["cache-control", "no-store"];
  const varying = vary ? ["vary", vary] : [];
  return {
    status: answer.status,
    body,
    etag,
    headers: [...fromTrpc, "content-length", String(body.length), ...caching, ...varying, ...SECURITY_HEADERS],
    notModified: [...caching, ...varying, ...SECURITY_HEADERS],
    reusable: answer.status < 500,
  };
}

/** What a cached answer weighs in the cache's byte budget. */
export const weightOf = (response: CachedResponse, key: string): number =>
  response.body.length + key.length * 2 + 64 * (response.headers.length + response.notModified.length);
