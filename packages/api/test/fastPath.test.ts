import { afterAll, beforeAll, expect, it } from "vitest";
import type { DossierServer } from "../src/server/serve";
import { STORY_ID } from "./helpers/fixtures";
import { startServer } from "./helpers/server";
import { logCapture } from "./helpers/logCapture";

const log = logCapture();
let server: DossierServer;
beforeAll(async () => {
  server = await startServer({ logger: log.logger });
});
afterAll(() => server.close());

const target = `/trpc/story.overview?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { storyId: STORY_ID } }))}`;

/** Sends the target with these headers under a request id of our own, and says how it was served. */
async function servedBy(id: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url + target, { headers: { "x-request-id": id, ...headers } });
  await response.arrayBuffer();
  return log.servedBy(id);
}

it("serves a cached GET again from the cache", async () => {
  expect(await servedBy("plain-1")).toBe("miss");
  expect(await servedBy("plain-2")).toBe("hit");
});

it.each([
  ["a streamed batch (trpc-accept)", "jsonl", { "trpc-accept": "application/jsonl" }],
  ["a streamed batch (Accept)", "accept", { accept: "application/jsonl" }],
  ["a form content type", "form", { "content-type": "multipart/form-data; boundary=x" }],
  ["a binary content type", "binary", { "content-type": "application/octet-stream" }],
])("does not serve that cached answer to the same URL asked as %s: tRPC answers it", async (_name, tag, headers) => {
  expect(await servedBy(`warm-${tag}`)).toBe("hit");
  expect(await servedBy(`bypass-${tag}`, headers)).toBe("trpc");
});
