import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { toFtsQuery } from "./fts-query";

const typing = { typing: true };

describe("toFtsQuery", () => {
  test("quotes every word and, while it is typed, makes the last one a prefix", () => {
    expect(toFtsQuery("printer spooler unavail", typing)).toEqual({
      all: '"printer" AND "spooler" AND "unavail"*',
      any: '"printer" OR "spooler" OR "unavail"*',
      most: '("spooler" AND "unavail"*) OR ("printer" AND "unavail"*) OR ("printer" AND "spooler")',
      terms: ['"printer"', '"spooler"', '"unavail"*'],
      syntax: "fts5",
    });
    expect(toFtsQuery("printer spooler")?.most).toBeNull();
    // a submitted query is taken as written
    expect(toFtsQuery("printer spooler unavail")?.all).toBe('"printer" AND "spooler" AND "unavail"');
  });
  test("keeps quoted phrases and turns file names into phrases", () => {
    expect(toFtsQuery('"port status" rassrv.exe')?.all).toBe('"port status" AND "rassrv exe"');
    expect(toFtsQuery('"port status"')?.all).toBe('"port status"');
  });
  test("drops words that mean nothing on their own, unless nothing else is left", () => {
    expect(toFtsQuery("the spooler stops when users can't print")?.all).toBe('"spooler" AND "stops" AND "print"');
    expect(toFtsQuery("when the", typing)?.all).toBe('"when" AND "the"*');
    expect(toFtsQuery('"when the"')?.all).toBe('"when the"');
  });
  test("widens jargon and abbreviations to what the KB writes, longest phrase first", () => {
    expect(toFtsQuery("bsod")?.all).toBe(
      '("blue screen" OR "bsod" OR "stop error" OR "stop screen" OR "stop message" OR "kernel mode trap")',
    );
    expect(toFtsQuery("Blue Screen")?.all).toMatch(/^\("blue screen" OR "bsod"/);
    expect(toFtsQuery("ras ports hang up")?.all).toBe(
      '("ras" OR "remote access" OR "remote access service") AND "ports" AND ("hang up" OR "disconnect" OR "disconnected" OR "drops the connection")',
    );
    expect(toFtsQuery("wfw")?.all).toBe('("wfw" OR "windows for workgroups")');
    expect(toFtsQuery("freezes")?.all).toMatch(/^\("hang" OR "freeze"/);
    expect(toFtsQuery("sp6a")?.all).toBe('("sp6a" OR "service pack 6a")');
  });
  test.each([
    ["stop 1e", '("0x0000001e" OR "0x1e")'],
    ["STOP 0x0000001E", '("0x0000001e" OR "0x1e")'],
    ["0x1E", '("0x0000001e" OR "0x1e")'],
    ["stop 0a", '("0x0000000a" OR "0xa")'],
    ["stop 7b", '("0x0000007b" OR "0x7b")'],
  ])("the STOP code %j in every spelling", (q, expected) => {
    expect(toFtsQuery(q)?.all).toBe(expected);
  });
  test("a word being typed is a prefix from its third character", () => {
    expect(toFtsQuery("ras po", typing)?.any).toBe('("ras" OR "remote access" OR "remote access service") OR "po"');
    expect(toFtsQuery("ras por", typing)?.any).toMatch(/ OR "por"\*$/);
  });
  test("a file name or a version is matched as typed, not as a prefix", () => {
    expect(toFtsQuery("notepad.exe", typing)?.all).toBe('"notepad exe"');
    expect(toFtsQuery("iis 2.0", typing)?.any).toMatch(/ OR "2 0"$/);
  });
  test("caps huge input", () => {
    const q = toFtsQuery("word ".repeat(2000));
    expect(q?.all.split(" AND ").length).toBeLessThanOrEqual(32);
  });
  test("a short hex word is a STOP code only after 'stop'", () => {
    expect(toFtsQuery("1e")?.all).toBe('"1e"');
    expect(toFtsQuery("stop working")?.all).toBe('"stop" AND "working"');
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
    "stop stop stop",
    "bsod bsod 0x 0xzz",
    "sp sp99a",
    '"blue screen',
    "hang up".repeat(300),
  ];
  const db = new Database(":memory:");
  db.exec(
    "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2'); INSERT INTO t VALUES ('RAS Port Becomes Unavailable', 'rassrv.exe café NEAR and OR')",
  );
  test.each(hostile)("FTS5 accepts the query for %j", (input) => {
    const q = toFtsQuery(input);
    if (!q) return;
    expect(() => db.prepare("SELECT count(*) FROM t WHERE t MATCH ?").get(q.all)).not.toThrow();
    expect(() => db.prepare("SELECT count(*) FROM t WHERE t MATCH ?").get(q.any)).not.toThrow();
  });
  test("plurals and verb forms match through the porter stemmer", () => {
    const q = toFtsQuery("ports becoming unavailable")!;
    expect(db.prepare("SELECT count(*) AS n FROM t WHERE t MATCH ?").get(q.all)).toEqual({ n: 1 });
  });
  test("a file name query matches", () => {
    const q = toFtsQuery("rassrv.exe")!;
    expect(db.prepare("SELECT count(*) AS n FROM t WHERE t MATCH ?").get(q.all)).toEqual({ n: 1 });
  });
});

describe("the same queries for PostgreSQL's to_tsquery", () => {
  const ts = (q: string, typing = false) => toFtsQuery(q, { typing, syntax: "tsquery" });

  test("phrases join their words with <->, terms with & and |, a typed prefix ends in :*", () => {
    expect(ts('"port status" rassrv.exe')).toMatchObject({
      all: "port <-> status & rassrv <-> exe",
      any: "port <-> status | rassrv <-> exe",
    });
    expect(ts("printer spooler unavail", true)?.all).toBe("printer & spooler & unavail:*");
    expect(ts("printer spooler hangs")?.most).toMatch(/^\(spooler & \(hang .*\)\) \| /);
  });

  test("alternatives are grouped, so & and | keep their meaning", () => {
    expect(ts("stop 1e")?.all).toBe("(0x0000001e | 0x1e)");
    expect(ts("bsod printer")?.all).toMatch(/^\(blue <-> screen \| bsod \| .*\) & printer$/);
  });

  test("tsquery syntax typed by a user is text", () => {
    for (const hostile of ["a & b", "a | !b", "a <-> b", "a:* b:A", "(a", "!!!"]) {
      const q = ts(hostile);
      for (const expr of [q?.all, q?.any].filter(Boolean)) expect(expr).toMatch(/^[\p{L}\p{N} &|()<>:*-]*$/u);
      expect(q?.all ?? "").not.toMatch(/!|:A/);
    }
  });
});
