import { describe, expect, it } from "vitest";
import { DEVICE_TTL_MS, deviceToken, isKnownDevice } from "./device";

const alice = { id: 1, passwordHash: "scrypt$32768$8$3$c2FsdA$aGFzaA" };
const now = new Date("2001-06-01T12:00:00Z");

describe("device tokens", () => {
  it("recognise the browser they were issued to", () => {
    expect(isKnownDevice(deviceToken(alice, now), alice, now)).toBe(true);
  });

  it("belong to one user", () => {
    expect(isKnownDevice(deviceToken(alice, now), { ...alice, id: 2 }, now)).toBe(false);
    expect(isKnownDevice(deviceToken(alice, now), null, now)).toBe(false);
  });

  it("die with a new password", () => {
    expect(isKnownDevice(deviceToken(alice, now), { ...alice, passwordHash: "scrypt$other" }, now)).toBe(false);
  });

  it("expire, and refuse forged or mangled values", () => {
    const token = deviceToken(alice, now);
    expect(isKnownDevice(token, alice, new Date(now.getTime() + DEVICE_TTL_MS + 1))).toBe(false);
    const [id, , mac] = token.split(".");
    expect(isKnownDevice(`${id}.${now.getTime() + 1}.${mac}`, alice, new Date(now.getTime() + 1000))).toBe(false);
    for (const bad of ["", "1", "1.2", "x.y.z", `${token}x`, "1.9999999999999999999.abc"])
      expect(isKnownDevice(bad, alice, now)).toBe(false);
  });
});
