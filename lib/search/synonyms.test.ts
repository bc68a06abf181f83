import { describe, expect, test } from "vitest";
import { toFtsQuery } from "./fts-query";
import { SYNONYM_GROUPS } from "./synonyms";

describe("the synonym list", () => {
  const members = SYNONYM_GROUPS.flat();

  test("each spelling is in one group only, written as the search box tokenizes it", () => {
    expect(new Set(members).size).toBe(members.length);
    for (const m of members) expect(m).toMatch(/^[a-z0-9]+(?: [a-z0-9.]+)*$/);
  });

  test("no group holds a word so common it would widen every query that uses it", () => {
    for (const common of ["stop", "error", "server", "windows", "the", "not", "fails"])
      expect(members).not.toContain(common);
  });

  test("a short word is not taken for a longer one", () => {
    expect(toFtsQuery("set up")?.all).toBe('"set"'); // "up" alone means nothing, and is not UPS
    expect(toFtsQuery("ups")?.all).toBe('("ups" OR "uninterruptible power supply")');
  });

  test("every spelling of a group expands to the whole group", () => {
    for (const group of SYNONYM_GROUPS) {
      const expected = toFtsQuery(group[0])?.all;
      for (const m of group) expect(toFtsQuery(m)?.all, m).toBe(expected);
    }
  });
});
