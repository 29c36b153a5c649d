import { createHash } from "node:crypto";

/**
 * A strong ETag from the bytes of the answer itself: it changes whenever the answer does, be it
 * through the data or the code, and is equal on every replica that sends the same bytes.
 */
export function etagOf(body: Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match matches with the weak comparison RFC 9110 asks for: a W/ prefix is ignored. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  for (const candidate of header.split(",")) {
    const tag = candidate.trim();
    if ((tag.startsWith("W/") ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
}
