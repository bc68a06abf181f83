import { describe, expect, it } from "vitest";
import { diffLines } from "./diff";

const ops = (before: string, after: string) =>
  diffLines(before ? before.split(" ") : [], after ? after.split(" ") : []).map((l) => `${{ same: " ", added: "+", removed: "-" }[l.op]}${l.text}`);

describe("diffLines", () => {
  it("keeps equal input as context", () => {
    expect(ops("a b c", "a b c")).toEqual([" a", " b", " c"]);
  });

  it("finds a changed line as removed then added", () => {
    expect(ops("a b c", "a x c")).toEqual([" a", "-b", "+x", " c"]);
  });

  it("handles insertions, deletions and empty sides", () => {
    expect(ops("a c", "a b c")).toEqual([" a", "+b", " c"]);
    expect(ops("a b c", "a c")).toEqual([" a", "-b", " c"]);
    expect(ops("", "a")).toEqual(["+a"]);
    expect(ops("a", "")).toEqual(["-a"]);
  });

  it("keeps the longest common subsequence", () => {
    const result = diffLines("a b c d e f".split(" "), "b c x e f a".split(" "));
    expect(result.filter((l) => l.op === "same").map((l) => l.text)).toEqual(["b", "c", "e", "f"]);
  });
});
