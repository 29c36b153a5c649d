import { describe, expect, it } from "vitest";
import { DEFAULTS, webConfigFromEnv } from "../server/config";

describe("the production server's configuration", () => {
  it("defaults to the API's limits on loopback port 3000", () => {
    const config = webConfigFromEnv({}, null);
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 3000,
      apiRate: DEFAULTS.apiRate,
      pageRate: DEFAULTS.pageRate,
      requestTimeoutMs: 10_000,
      maxConnections: 1000,
      maxConnectionsPerClient: 100,
      trustProxyHops: 0,
    });
  });

  it("keeps the connection cap below the open-file limit", () => {
    expect(webConfigFromEnv({}, 2048).maxConnections).toBe(1000);
    expect(webConfigFromEnv({}, 1024).maxConnections).toBe(768);
    expect(webConfigFromEnv({ DOSSIER_MAX_CONNECTIONS: "5000" }, 20_000).maxConnections).toBe(5000);
  });

  it("behind a trusted proxy counts no connections per address unless told to", () => {
    expect(webConfigFromEnv({ DOSSIER_TRUST_PROXY: "1" }, null)).toMatchObject({ trustProxyHops: 1, maxConnectionsPerClient: 0 });
    expect(webConfigFromEnv({ DOSSIER_TRUST_PROXY: "true", DOSSIER_MAX_CONNECTIONS_PER_CLIENT: "20" }, null)).toMatchObject({
      trustProxyHops: 1,
      maxConnectionsPerClient: 20,
    });
  });

  it("turns a limit off with 0 and stops on an unreadable value, naming it", () => {
    expect(webConfigFromEnv({ DOSSIER_RATE_LIMIT_RPS: "0", DOSSIER_PAGE_RATE_LIMIT_RPS: "0" }, null)).toMatchObject({
      apiRate: null,
      pageRate: null,
    });
    expect(() => webConfigFromEnv({ DOSSIER_REQUEST_TIMEOUT_MS: "soon" }, null)).toThrow(/DOSSIER_REQUEST_TIMEOUT_MS/);
    expect(() => webConfigFromEnv({ DOSSIER_SITE_URL: "not a url" }, null)).toThrow();
  });
});
