// The answers the production server gives itself, before Next sees a request: one sentence, the
// site's security headers, never a stack. Under /api/trpc in tRPC's error envelope, as the route
// handler answers; elsewhere as plain text.
import { STATUS_CODES, type ServerResponse } from "node:http";
import type { TRPCError } from "@trpc/server";
import { staticSecurityHeaders } from "../src/lib/securityHeaders";
import { refusalBody, TRPC_ENDPOINT } from "../src/lib/trpcRoute";

export interface Refusal {
  status: number;
  /** tRPC's code, for answers under /api/trpc. */
  code: TRPCError["code"];
  message: string;
  /** Allow, Retry-After, Connection: close… */
  headers?: readonly string[];
}

/** Sent with each of the server's own answers: the headers every page has, and a policy that loads nothing. */
export const OWN_HEADERS: readonly string[] = [
  ...staticSecurityHeaders().flatMap(({ key, value }) => [key.toLowerCase(), value]),
  "content-security-policy",
  "default-src 'none'; frame-ancestors 'none'",
  "cache-control",
  "no-store",
];

export const isApiPath = (pathname: string): boolean => pathname === TRPC_ENDPOINT || pathname.startsWith(`${TRPC_ENDPOINT}/`);

function bodyOf(refusal: Refusal, apiPath: boolean): { type: string; body: string } {
  return apiPath
    ? { type: "application/json", body: refusalBody(refusal.code, refusal.message, refusal.status) }
    : { type: "text/plain; charset=utf-8", body: `${refusal.message}\n` };
}

/** The refusal's headers, as a flat name/value list. */
function headersOf(refusal: Refusal, type: string, length: number): string[] {
  return ["content-type", type, "content-length", String(length), ...OWN_HEADERS, ...(refusal.headers ?? [])];
}

/** Answers on the response Node gave the listener; HEAD gets the headers alone. */
export function sendRefusal(res: ServerResponse, refusal: Refusal, apiPath: boolean): void {
  const { type, body } = bodyOf(refusal, apiPath);
  const bytes = Buffer.from(body);
  res.writeHead(refusal.status, headersOf(refusal, type, bytes.length));
  res.end(res.req.method === "HEAD" ? undefined : bytes);
}

/** The raw bytes of a refusal that closes the connection, for sockets Node never handed to the listener. */
export function rawRefusal(refusal: Refusal, apiPath: boolean, head = false): string {
  const { type, body } = bodyOf(refusal, apiPath);
  const pairs = [...headersOf(refusal, type, Buffer.byteLength(body)), "connection", "close"];
  const lines = [`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}`];
  for (let i = 0; i < pairs.length; i += 2) lines.push(`${pairs[i]}: ${pairs[i + 1]}`);
  return `${lines.join("\r\n")}\r\n\r\n${head ? "" : body}`;
}
