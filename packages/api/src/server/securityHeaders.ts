/**
 * Sent with every response, errors and /healthz included: JSON is never sniffed as HTML,
 * never framed, never leaks a referrer, and loads nothing (OWASP REST security headers).
 */
export const SECURITY_HEADERS: readonly string[] = [
  "x-content-type-options",
  "nosniff",
  "x-frame-options",
  "DENY",
  "content-security-policy",
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "referrer-policy",
  "no-referrer",
];

/** The same headers for a response that another handler writes. */
export function setSecurityHeaders(res: { setHeader(name: string, value: string): unknown }): void {
  for (let i = 0; i < SECURITY_HEADERS.length; i += 2) res.setHeader(SECURITY_HEADERS[i]!, SECURITY_HEADERS[i + 1]!);
}
