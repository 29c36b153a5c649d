import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { clientAddress, clientNetwork } from "../src/clientAddress";

const request = (forwardedFor?: string) =>
  ({
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    socket: { remoteAddress: "198.51.100.7" },
  }) as unknown as IncomingMessage;

describe("the client address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("203.0.113.1"), 0)).toBe("198.51.100.7");
  });

  it("is the Nth X-Forwarded-For entry from the right behind N trusted proxies", () => {
    const forwarded = "192.0.2.66, 203.0.113.1, 10.0.0.2";
    expect(clientAddress(request(forwarded), 1)).toBe("10.0.0.2");
    expect(clientAddress(request(forwarded), 2)).toBe("203.0.113.1");
    expect(clientAddress(request(forwarded), 3)).toBe("192.0.2.66");
  });

  it("is the leftmost entry when fewer proxies were passed than trusted, and the socket's without the header", () => {
    expect(clientAddress(request("203.0.113.1"), 3)).toBe("203.0.113.1");
    expect(clientAddress(request(), 2)).toBe("198.51.100.7");
  });
});

describe("the network a client counts as", () => {
  it("is an IPv4 address itself, also when written as IPv4-mapped IPv6", () => {
    expect(clientNetwork("192.0.2.1")).toBe("192.0.2.1");
    expect(clientNetwork("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientNetwork("::FFFF:c000:0201")).toBe("192.0.2.1");
  });

  it("is the /64 of an IPv6 address, however it is written", () => {
    const net = clientNetwork("2001:db8:1:2::1");
    expect(net).toBe("2001:db8:1:2::/64");
    expect(clientNetwork("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe(net);
    expect(clientNetwork("2001:DB8:1:2:0:0:0:9%eth0")).toBe(net);
    expect(clientNetwork("2001:db8:1:3::1")).not.toBe(net);
    expect(clientNetwork("::1")).toBe("0:0:0:0::/64");
  });

  it("is the value itself when it is not an IP address", () => {
    expect(clientNetwork("unknown")).toBe("unknown");
  });
});
