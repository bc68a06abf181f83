import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { toFtsQuery } from "./fts-query";

describe("toFtsQuery", () => {
  test("quotes every word and makes the last one a prefix", () => {
    expect(toFtsQuery("RAS port unavail")).toEqual({
      all: '"ras" "port" "unavail"*',
      any: '"ras" OR "port" OR "unavail"*',
    });
  });
  test("keeps quoted phrases and turns file names into phrases", () => {
    expect(toFtsQuery('"port status" rassrv.exe')?.all).toBe('"port status" "rassrv exe"*');
    expect(toFtsQuery('"port status"')?.all).toBe('"port status"');
  });
  test("nothing searchable gives null", () => {
    for (const q of ["", "   ", '""', "*", "()", "---"]) expect(toFtsQuery(q)).toBeNull();
  });
  test("caps huge input", () => {
    const q = toFtsQuery("word ".repeat(2000));
    expect(q?.all.split(" ").length).toBeLessThanOrEqual(32);
  });

  // Every hostile input must produce an expression FTS5 accepts.
  const hostile = [
    "a AND b",
    "NEAR(a b)",
    "x OR",
    "NOT",
    "(((",
    "title:ras",
    '"unterminated',
    'a"b"c',
    "ümlaut café",
    "日本語",
    "*foo",
    "foo*",
    "-foo",
    "^foo",
    "a + b",
    "'; DROP TABLE Article; --",
    "\u0000\u0001",
    "💥 emoji",
    "x".repeat(10_000),
  ];
  const db = new Database(":memory:");
  db.exec(
    "CREATE VIRTUAL TABLE t USING fts5(title, body); INSERT INTO t VALUES ('RAS Port Becomes Unavailable', 'rassrv.exe café NEAR and OR')",
  );
  test.each(hostile)("FTS5 accepts the query for %j", (input) => {
    const q = toFtsQuery(input);
    if (!q) return;
    expect(() => db.prepare("SELECT count(*) FROM t WHERE t MATCH ?").get(q.all)).not.toThrow();
    expect(() => db.prepare("SELECT count(*) FROM t WHERE t MATCH ?").get(q.any)).not.toThrow();
  });
  test("a file name query matches", () => {
    const q = toFtsQuery("rassrv.exe")!;
    expect(db.prepare("SELECT count(*) AS n FROM t WHERE t MATCH ?").get(q.all)).toEqual({ n: 1 });
  });
});
