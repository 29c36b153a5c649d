import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";

// A random prefix per process and a counter: unique across replicas, and cheaper than a UUID per request.
const prefix = randomBytes(4).toString("hex");
let counter = 0;

/** An id a proxy passed on may be reused, if it is short and plain; otherwise one of ours. */
const REUSABLE = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  if (typeof given === "string" && REUSABLE.test(given)) return given;
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
