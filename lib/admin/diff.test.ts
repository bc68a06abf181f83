import { describe, expect, it } from "vitest";
import { diffLines, MAX_EDITS } from "./diff";

const ops = (before: string, after: string) =>
  diffLines(before ? before.split(" ") : [], after ? after.split(" ") : [])!.map(
    (l) => `${{ same: " ", added: "+", removed: "-" }[l.op]}${l.text}`,
  );

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
    expect(result!.filter((l) => l.op === "same").map((l) => l.text)).toEqual(["b", "c", "e", "f"]);
  });
});

describe("diffLines on large revisions", () => {
  const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i}`);

  it("diffs a long article with a few changes", () => {
    const before = lines(50_000, "same");
    const after = before.slice();
    after[100] = "changed";
    const result = diffLines(before, after)!;
    expect(result.filter((l) => l.op !== "same")).toEqual([
      { op: "removed", text: "same line 100" },
      { op: "added", text: "changed" },
    ]);
  });

  it("gives up on two long and unrelated revisions instead of allocating n×m cells", () => {
    const before = process.memoryUsage().heapUsed;
    expect(diffLines(lines(50_000, "old"), lines(50_000, "new"))).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(500 * 1024 * 1024);
  });

  it("still shows a change of up to MAX_EDITS lines", () => {
    expect(diffLines(lines(MAX_EDITS / 2, "old"), lines(MAX_EDITS / 2, "new"))).toHaveLength(MAX_EDITS);
  });
});
