import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { AddressInfo } from "node:net";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { appRouter, createContextInner } from "@dossier/api";
import type { DossierServer } from "../src/serve";
import { fixtureLibrary, STORY_ID, PROCEDURE_CASES } from "@dossier/api/testing";
import { queryTarget, startServer } from "./helpers/server";

// Production mode: stack traces (which name each adapter's own frames) are left out by both servers.
vi.stubEnv("NODE_ENV", "production");

const stock = createHTTPServer({
  router: appRouter,
  basePath: "/trpc/",
  maxBatchSize: 10,
  allowMethodOverride: true,
  createContext: () => createContextInner({ library: fixtureLibrary() }),
});
let stockUrl: string;
let dossier: DossierServer;

beforeAll(async () => {
  await new Promise<void>((resolve) => stock.listen(0, "127.0.0.1", resolve));
  stockUrl = `http://127.0.0.1:${(stock.address() as AddressInfo).port}`;
  dossier = await startServer();
});
afterAll(async () => {
  await dossier.close();
  await new Promise((resolve) => stock.close(resolve));
});

const batch = (paths: string[], inputs: unknown[]) =>
  `/trpc/${paths.join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(Object.fromEntries(inputs.map((v, i) => [i, v]))))}`;

const targets = [
  ...Object.entries(PROCEDURE_CASES).flatMap(([path, inputs]) => inputs.map((input) => queryTarget(path, input))),
  batch(
    ["story.overview", "claims.list", "claims.detail"],
    [{ storyId: STORY_ID }, { storyId: STORY_ID }, { storyId: STORY_ID, claimId: "claim.nope" }],
  ),
  batch(Array(11).fill("story.overview"), Array(11).fill({ storyId: STORY_ID })),
  queryTarget("claims.detail", { storyId: STORY_ID, claimId: 42 }),
  queryTarget("search.query", { storyId: STORY_ID, query: "x".repeat(500), limit: 1000 }),
  queryTarget("no.such.procedure", { storyId: STORY_ID }),
  "/trpc/story.overview?input=%7Bnot-json",
  "/trpc/story.overview",
  "/trpc//story.overview/",
  "/trpc/story.overview?batch=1&input=%5B1%5D",
];

it.each(targets)("GET %s gets the bytes stock tRPC sends", async (target) => {
  const [ours, theirs] = await Promise.all([fetch(dossier.url + target), fetch(stockUrl + target)]);
  expect(ours.status).toBe(theirs.status);
  expect(ours.headers.get("content-type")).toBe(theirs.headers.get("content-type"));
  expect(await ours.text()).toBe(await theirs.text());
});
