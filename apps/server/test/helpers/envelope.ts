import { expect } from "vitest";

/** tRPC's error envelope, as every TRPCClientError reads it. */
export interface ErrorEnvelope {
  error: { message: string; code: number; data: { code: string; httpStatus: number; stack?: string; [key: string]: unknown } };
}

/** Asserts a body is one typed tRPC error with this code and status, and returns it. */
export function expectTrpcError(body: string, code: string, httpStatus: number): ErrorEnvelope["error"] {
  const parsed = JSON.parse(body) as ErrorEnvelope;
  expect(parsed.error.data.code).toBe(code);
  expect(parsed.error.data.httpStatus).toBe(httpStatus);
  expect(typeof parsed.error.code).toBe("number");
  expect(parsed.error.message).toMatch(/\S/);
  return parsed.error;
}
