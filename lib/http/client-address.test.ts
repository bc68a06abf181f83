import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.9", 0)).toBe("127.0.0.1");
    expect(clientAddress("::1", undefined, 0)).toBe("::1");
    expect(clientAddress(undefined, "203.0.113.9", 0)).toBe("unknown");
  });

  it("behind N trusted proxies takes the Nth entry from the right, not the client's own claims", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.9", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("falls back to the socket when the chain is shorter than the proxies or not an address", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9", 2)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "unknown", 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "<script>", 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "2001:db8::1", 1)).toBe("2001:db8::1");
  });
});

describe("trustedProxyHops", () => {
  it("reads TRUST_PROXY", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("false")).toBe(0);
    expect(trustedProxyHops("true")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("yes please")).toThrow(/TRUST_PROXY/);
  });
});
