import { createHash } from "node:crypto";

/** Bumped when the shape of the answers changes without the data changing. */
const CONTRACT_VERSION = "1";

/** A strong ETag from the data version and the normalised request: equal on every replica of one build. */
export function etagFor(dataVersion: string, key: string): string {
  const digest = createHash("sha256").update(CONTRACT_VERSION).update("\0").update(key).digest("base64url").slice(0, 22);
  return `"${dataVersion}-${digest}"`;
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
