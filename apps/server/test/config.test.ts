import { expect, it } from "vitest";
import { configFromEnv, DEFAULT_CONFIG, libraryFromEnv } from "../src/config";
import { FIXTURE_ROOT, STORY_ID } from "@dossier/api/testing";

it("uses the defaults when the environment says nothing", () => {
  expect(configFromEnv({})).toEqual(DEFAULT_CONFIG);
});

it("reads every limit from its variable", () => {
  const config = configFromEnv({
    PORT: "8080",
    HOST: "0.0.0.0",
    DOSSIER_MAX_BATCH_SIZE: "5",
    DOSSIER_MAX_URL_LENGTH: "2048",
    DOSSIER_MAX_BODY_BYTES: "1000",
    DOSSIER_REQUEST_TIMEOUT_MS: "2000",
    DOSSIER_RATE_LIMIT_RPS: "20",
    DOSSIER_RATE_LIMIT_BURST: "40",
    DOSSIER_MAX_CONNECTIONS: "300",
    DOSSIER_MAX_CONNECTIONS_PER_CLIENT: "20",
    DOSSIER_IDLE_TIMEOUT_MS: "1500",
    DOSSIER_TRUST_PROXY: "2",
    DOSSIER_CORS_ORIGINS: "https://a.example, https://b.example",
    DOSSIER_CACHE_ENTRIES: "10",
    DOSSIER_CACHE_BYTES: "1000000",
    DOSSIER_CACHE_MAX_AGE: "60",
    DOSSIER_SHUTDOWN_GRACE_MS: "500",
  });
  expect(config).toEqual({
    port: 8080,
    host: "0.0.0.0",
    maxBatchSize: 5,
    maxUrlLength: 2048,
    maxBodyBytes: 1000,
    requestTimeoutMs: 2000,
    rateLimit: { perSecond: 20, burst: 40 },
    maxConnections: 300,
    maxConnectionsPerClient: 20,
    idleTimeoutMs: 1500,
    trustProxyHops: 2,
    corsOrigins: ["https://a.example", "https://b.example"],
    cacheEntries: 10,
    cacheBytes: 1_000_000,
    cacheMaxAgeSeconds: 60,
    shutdownGraceMs: 500,
  });
});

it("turns the rate limit off at 0 req/s", () => {
  expect(configFromEnv({ DOSSIER_RATE_LIMIT_RPS: "0" }).rateLimit).toBeNull();
});

it("names the variable it cannot read", () => {
  expect(() => configFromEnv({ DOSSIER_MAX_BATCH_SIZE: "ten" })).toThrow(/DOSSIER_MAX_BATCH_SIZE/);
  expect(() => configFromEnv({ PORT: "-1" })).toThrow(/PORT/);
});

it("reads the trusted proxy hops as a count, and the old switch words too", () => {
  expect(configFromEnv({ DOSSIER_TRUST_PROXY: "1" }).trustProxyHops).toBe(1);
  expect(configFromEnv({ DOSSIER_TRUST_PROXY: "true" }).trustProxyHops).toBe(1);
  expect(configFromEnv({ DOSSIER_TRUST_PROXY: "off" }).trustProxyHops).toBe(0);
  expect(() => configFromEnv({ DOSSIER_TRUST_PROXY: "yes" })).toThrow(/DOSSIER_TRUST_PROXY/);
});

it.each([
  "DOSSIER_MAX_BATCH_SIZE",
  "DOSSIER_MAX_URL_LENGTH",
  "DOSSIER_MAX_BODY_BYTES",
  "DOSSIER_RATE_LIMIT_BURST",
  "DOSSIER_MAX_CONNECTIONS",
])("refuses %s=0, which would refuse every request, in one sentence naming it", (name) => {
  expect(() => configFromEnv({ [name]: "0" })).toThrow(new Error(`${name} must be a whole number of 1 or more, not "0".`));
});

it("still lets 0 turn off what 0 turns off", () => {
  const config = configFromEnv({
    DOSSIER_REQUEST_TIMEOUT_MS: "0",
    DOSSIER_CACHE_ENTRIES: "0",
    DOSSIER_SHUTDOWN_GRACE_MS: "0",
    DOSSIER_MAX_CONNECTIONS_PER_CLIENT: "0",
  });
  expect(config).toMatchObject({ requestTimeoutMs: 0, cacheEntries: 0, shutdownGraceMs: 0, maxConnectionsPerClient: 0 });
});

it("serves the shipped stories by default, and the folder DOSSIER_STORIES_DIR names instead", () => {
  expect([...libraryFromEnv({}).stories.keys()]).toContain("arms-for-food");
  expect([...libraryFromEnv({ DOSSIER_STORIES_DIR: FIXTURE_ROOT }).stories.keys()]).toEqual([STORY_ID]);
});
