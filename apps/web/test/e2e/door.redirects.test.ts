// No answer sends a client to a host taken from its request: Next's trailing-slash and repeated
// slash redirects stay on this site whatever Host, X-Forwarded-Host or absolute-form target says.
// On `next start`, `GET http://other.example/ HTTP/1.1` gets a 308 to other.example.
import { describe, expect, inject, it } from "vitest";
import { rawExchange, targetOf } from "./rawHttp";

const to = targetOf(inject("baseUrl"));
const site = new URL(process.env.DOSSIER_SITE_URL ?? "http://127.0.0.1:3000");

const targets = [
  "/arms-for-food/",
  "/arms-for-food/claims/?x=1",
  "//other.example/",
  "///other.example/arms-for-food/",
  "/\\other.example/",
  "/%2F%2Fother.example/",
  "/%5Cother.example/",
  "http://other.example/",
  "http://other.example/arms-for-food/",
  "https://other.example//arms-for-food/",
  `${site.origin}/arms-for-food/`,
  `${site.origin}//other.example/`,
];
const headerSets = [
  "Host: other.example",
  "Host: other.example\r\nX-Forwarded-Host: other.example\r\nX-Forwarded-Proto: https",
  "Host: 127.0.0.1\r\nForwarded: host=other.example;proto=https",
];

/** Where a Location sends a browser, resolved as a browser would against the page's address. */
const landsOn = (location: string) => new URL(location, site.origin);

describe("redirects", () => {
  it.each(targets)("%s never leads to another host", async (target) => {
    for (const headers of headerSets) {
      const { text, statuses } = await rawExchange(to, `GET ${target} HTTP/1.1\r\n${headers}\r\nConnection: close\r\n\r\n`, {
        localAddress: "127.0.0.10",
      });
      expect(statuses[0], `${target} with ${headers}`).toBeLessThan(500);
      const location = /\r\nlocation: ([^\r\n]*)/i.exec(text.split("\r\n\r\n", 1)[0]!)?.[1];
      if (location !== undefined) expect(landsOn(location).host, `${target} → ${location}`).toBe(site.host);
    }
  });
});
