// File-name suggestions on a SQLite corpus database: pg_trgm's measure, in memory. PostgreSQL's
// (pg_trgm's own SQL, with LIKE) is compared with it in lib/search/search-postgres.test.ts.
import { beforeAll, expect, test } from "vitest";
import { corpusDatabase } from "../db/__fixtures__/corpus-db";

beforeAll(() => corpusDatabase("file-names", 12, "236"), 120_000);

test("a misspelt name suggests the shipped one first", async () => {
  const { similarFileNames } = await import("./file-names");
  for (const typo of ["rasrv.exe", "rassvr.exe", "rassrv.ex", "RASSRV.EXE "]) {
    expect((await similarFileNames(typo))[0]?.key, typo).toBe("rassrv.exe");
  }
});

test("a part of a name finds the names holding it, before those merely alike", async () => {
  const { similarFileNames, shippedFileNames } = await import("./file-names");
  const { articlesShippingFile } = await import("./queries");
  const names = await shippedFileNames();
  const holding = names.filter((n) => n.key.includes("32.dll")).length;
  expect(holding).toBeGreaterThan(1);
  const found = await similarFileNames("32.dll");
  expect(found.length).toBeGreaterThan(1);
  expect(found.slice(0, holding).every((n) => n.key.includes("32.dll"))).toBe(true);
  // each suggestion counts the articles that ship it
  const kernel = (await similarFileNames("ntoskrnl.ex")).find((n) => n.key === "ntoskrnl.exe");
  expect(kernel?.articles).toBe(new Set((await articlesShippingFile("NTOSKRNL.EXE")).map((s) => s.kbId)).size);
  expect(kernel?.articles).toBeGreaterThan(1);
});

test("% and _ are only characters of a name, and an empty name asks nothing", async () => {
  const { similarFileNames } = await import("./file-names");
  expect(await similarFileNames("%")).toEqual([]);
  const underscore = await similarFileNames("_");
  expect(underscore.length).toBeGreaterThan(0);
  expect(underscore.every((n) => n.key.includes("_"))).toBe(true);
  expect(await similarFileNames("   ")).toEqual([]);
});
