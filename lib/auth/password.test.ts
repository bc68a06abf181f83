import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores scrypt parameters, salt and hash, never the password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(hash).not.toContain("correct horse battery");
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password!")).not.toBe(await hashPassword("same password!"));
  });

  it("verifies the right password only", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("correct horse battery", "plain-text")).toBe(false);
  });

  it("asks for a re-hash of hashes made with older parameters", async () => {
    expect(needsRehash(await hashPassword("correct horse battery"))).toBe(false);
    expect(needsRehash("scrypt$32768$8$1$c2FsdA$aGFzaA")).toBe(true);
  });

  it("refuses short passwords", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
    expect(passwordProblem("long enough passphrase")).toBeNull();
  });
});
