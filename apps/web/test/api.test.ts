import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { api, orNotFound } from "../src/lib/api";

/** Next's notFound() throws an error whose digest names the 404. */
const isNextNotFound = (error: unknown) => /404|NOT_FOUND/.test(String((error as { digest?: unknown }).digest));

describe("orNotFound: a missing atom is a 404, a broken view is an error", () => {
  it("turns the contract's NOT_FOUND for an unknown claim into Next's 404", async () => {
    const error = await orNotFound(api.claims.detail({ storyId: "arms-for-food", claimId: "claim.nope" })).catch(
      (e: unknown) => e,
    );
    expect(isNextNotFound(error)).toBe(true);
  });

  it("passes a real answer through", async () => {
    const [first] = await api.claims.list({ storyId: "arms-for-food" });
    const detail = await orNotFound(api.claims.detail({ storyId: "arms-for-food", claimId: first!.id }));
    expect(detail.claim.id).toBe(first!.id);
  });

  it("lets any other failure through as itself, never as a missing page", async () => {
    const broken = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "a view failed" });
    const error = await orNotFound(Promise.reject(broken)).catch((e: unknown) => e);
    expect(error).toBe(broken);
    expect(isNextNotFound(error)).toBe(false);
  });
});
