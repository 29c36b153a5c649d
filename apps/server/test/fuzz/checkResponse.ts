import { expect } from "vitest";
import type { FuzzRequest } from "./arbitraries";

export interface FuzzResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Marks of a leak: a stack frame, a source path, Node's internals. */
const LEAKS = [/\n\s+at /, /"stack"/, /node_modules/, /\/work\//, /\.ts:\d+/, /file:\/\//];

function expectEnvelope(value: unknown, status: number) {
  const item = value as {
    result?: { data?: unknown };
    error?: { message?: unknown; code?: unknown; data?: { code?: unknown; httpStatus?: unknown } };
  };
  if (item.result !== undefined) {
    expect(item.result).toHaveProperty("data");
    return;
  }
  expect(typeof item.error?.message).toBe("string");
  expect(typeof item.error?.code).toBe("number");
  expect(typeof item.error?.data?.code).toBe("string");
  expect(item.error?.data?.httpStatus).toBeTypeOf("number");
  if (status !== 207) expect(item.error?.data?.httpStatus).toBe(status);
}

/** What every answer must be: no 5xx, no leak, the security headers, and a typed error or a valid result. */
export function checkResponse(request: FuzzRequest, response: FuzzResponse): void {
  const where = `${request.method} ${request.target.slice(0, 200)}`;
  expect(response.status, where).toBeLessThan(500);
  expect(response.headers["x-content-type-options"], where).toBe("nosniff");
  for (const leak of LEAKS) expect(response.body, where).not.toMatch(leak);
  if (request.method === "HEAD" || response.status === 304 || response.status === 204) {
    expect(response.body, where).toBe("");
    return;
  }
  // A batch asked for as a stream (trpc-accept or Accept: application/jsonl) comes as JSON lines.
  const { accept } = request.headers;
  const trpcAccept = request.headers["trpc-accept"];
  const streamed =
    trpcAccept === "application/jsonl" ||
    (trpcAccept === undefined && accept?.split(",").some((t) => t.trim() === "application/jsonl"));
  if (streamed && response.headers["transfer-encoding"] === "chunked") {
    for (const line of response.body.split("\n").filter(Boolean)) JSON.parse(line);
    return;
  }
  const json = JSON.parse(response.body) as unknown;
  if (/^\/healthz/.test(new URL(request.target, "http://x").pathname) && response.status === 200) {
    expect(json).toMatchObject({ status: "ok" });
    return;
  }
  if (Array.isArray(json)) for (const item of json) expectEnvelope(item, response.status);
  else expectEnvelope(json, response.status);
}
