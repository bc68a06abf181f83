import { describe, expect, it } from "vitest";
import { latestServicePackAsOf, normalizeServicePackId, servicePackLine, servicePackLevel } from "./service-packs";

describe("service packs", () => {
  it("orders SP6a after SP6 and the rollup after SP6a", () => {
    expect(servicePackLevel("4.0", "SP6a")! - servicePackLevel("4.0", "SP6")!).toBeGreaterThan(0);
    expect(servicePackLevel("4.0", "SRP")! - servicePackLevel("4.0", "SP6a")!).toBeGreaterThan(0);
    expect(servicePackLevel("4.0", null)! - servicePackLevel("4.0", "SP1")!).toBeLessThan(0);
    expect(servicePackLevel("4.0", "SP6a")).toBe(6.5);
  });

  it("normalizes the ways a service pack is written", () => {
    expect(normalizeServicePackId("Service Pack 6A")).toBe("SP6a");
    expect(normalizeServicePackId("sp 03")).toBe("SP3");
    expect(normalizeServicePackId("Security Rollup Package")).toBe("SRP");
    expect(normalizeServicePackId("Update 3")).toBeNull();
  });

  it("gives Terminal Server Edition its own line, on the same levels", () => {
    expect(servicePackLine("4.0", "terminal-server").map((p) => p.id)).toEqual(["SP4", "SP5", "SP6"]);
    expect(servicePackLine("4.0", "terminal-server").map((p) => p.level)).toEqual([4, 5, 6]);
    expect(servicePackLine("4.0", "server").map((p) => p.id)).toContain("SP6a");
  });

  it("finds the latest service pack as of a date, never the rollup", () => {
    expect(latestServicePackAsOf("4.0", "1998-12-01")?.id).toBe("SP4");
    expect(latestServicePackAsOf("4.0", "2002-05-08")?.id).toBe("SP6a");
    expect(latestServicePackAsOf("2000", "2001-06-01")?.id).toBe("SP2");
    expect(latestServicePackAsOf("4.0", "1996-09-01")).toBeUndefined();
  });
});
