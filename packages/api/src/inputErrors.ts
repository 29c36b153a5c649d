import type { ZodError } from "zod";
import { formatPath, plainReason } from "@dossier/domain";

/** A zod issue path as plain keys: symbols never reach a client. */
const keysOf = (path: readonly PropertyKey[]): (string | number)[] =>
  path.map((key) => (typeof key === "symbol" ? String(key) : key));

/** Every issue of a rejected input as a path and a reason. */
export function issuePaths(error: ZodError): { path: (string | number)[]; message: string }[] {
  return error.issues.map((issue) => ({ path: keysOf(issue.path), message: issue.message }));
}

/** A rejected input as one clear sentence naming the first field at fault. */
export function describeInputError(error: ZodError): string {
  const [first] = error.issues;
  if (!first) return "The input is invalid.";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `${first.path.length > 0 ? `Invalid ${formatPath(first.path)}` : "Invalid input"}: ${plainReason(first.message)}${more}.`;
}
