import { describe, expect, it } from "vitest";
import { parsePlatform, platformIn, platformLabel } from "./platforms";

describe("platform words", () => {
  it.each([
    ["x86", "x86"],
    ["Intel", "x86"],
    ["i386", "x86"],
    ["x86-based", "x86"],
    ["ALPHA", "alpha"],
    ["AXP", "alpha"],
    ["MIPS", "mips"],
    ["R4000", "mips"],
    ["PPC", "ppc"],
    ["PowerPC", "ppc"],
    ["Power PC", "ppc"],
    ["PWRMAC", null],
    ["MAC", null],
    ["Intel Pentium", null],
  ])("parsePlatform(%j) is %j", (word, id) => expect(parsePlatform(word)).toBe(id));

  it("finds the first platform named in a caption or table cell", () => {
    expect(platformIn("Alpha:")).toBe("alpha");
    expect(platformIn("I386 - 128-bit")).toBe("x86");
    expect(platformIn("(Intel)")).toBe("x86");
    expect(platformIn("Windows 98 Second Edition")).toBeNull();
  });

  it("labels a platform as people write it", () => {
    expect(platformLabel("ppc")).toBe("PowerPC");
    expect(platformLabel("sparc")).toBe("sparc");
  });
});
