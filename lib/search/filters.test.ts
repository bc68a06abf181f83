import { describe, expect, test } from "vitest";
import { invalidInput } from "../validations/issues";
import { browseSchema, firstValues, searchSchema } from "./filters";

describe("browse and search parameters", () => {
  test("parse the URL form of every filter", () => {
    const p = browseSchema.parse(
      firstValues(
        new URLSearchParams(
          "release=4.0&sp=sp6A&edition=terminal-server&platform=alpha&keyword=KBFix&hasFiles=1&fixed=0&sort=date&dir=desc&page=3&product=winnt",
        ),
      ),
    );
    expect(p).toEqual({
      release: "4.0",
      sp: "SP6a",
      edition: "terminal-server",
      platform: "alpha",
      keyword: "kbfix",
      hasFiles: true,
      fixed: false,
      sort: "date",
      dir: "desc",
      page: 3,
      product: "winnt",
    });
  });
  test("empty values mean no filter", () => {
    expect(browseSchema.parse({ release: "", sp: "", page: "" })).toEqual({ sort: "id", page: 1 });
  });
  test.each([
    [{ release: "9.9" }, "release"],
    [{ sp: "service pack five" }, "sp"],
    [{ platform: "sparc" }, "platform"],
    [{ page: "-1" }, "page"],
    [{ page: "abc" }, "page"],
    [{ sort: "rank; drop" }, "sort"],
  ])("rejects %j naming %s", (input, param) => {
    const r = browseSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(invalidInput(r.error).field).toBe(param);
  });
  test("search limit and offset are bounded", () => {
    expect(searchSchema.parse({ q: "ras" })).toMatchObject({ q: "ras", limit: 20, offset: 0 });
    expect(searchSchema.safeParse({ limit: "1000" }).success).toBe(false);
    expect(searchSchema.safeParse({ offset: "-5" }).success).toBe(false);
    expect(searchSchema.parse({}).q).toBe("");
  });
  test("firstValues takes the first of repeated params", () => {
    expect(firstValues({ a: ["1", "2"], b: "x", c: undefined })).toEqual({ a: "1", b: "x" });
  });
});
