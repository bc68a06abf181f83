import { describe, expect, test } from "vitest";
import { ConfigError, databasePath as pathOf, databaseUrl as urlOf } from "./env";

// Explicit environments, never the real process.env.
const databasePath = (env: Record<string, string>) => pathOf(env as NodeJS.ProcessEnv);
const databaseUrl = (env: Record<string, string>) => urlOf(env as NodeJS.ProcessEnv);

describe("databaseUrl", () => {
  test("defaults to data/kb.db under the working directory", () => {
    expect(databasePath({})).toBe(`${process.cwd()}/data/kb.db`);
  });
  test("accepts relative and absolute file URLs", () => {
    expect(databasePath({ DATABASE_URL: "file:./x/y.db" })).toBe(`${process.cwd()}/x/y.db`);
    expect(databaseUrl({ DATABASE_URL: "file:///tmp/a.db" })).toBe("file:/tmp/a.db");
    expect(databasePath({ DATABASE_URL: "file:/tmp/b%20c.db" })).toBe("/tmp/b c.db");
  });
  test.each(["postgres://localhost/kb", "kb.db", "file:", "file:./dir/", ""])(
    "rejects %j naming the variable",
    (bad) => {
      expect(() => databasePath({ DATABASE_URL: bad })).toThrowError(ConfigError);
      expect(() => databasePath({ DATABASE_URL: bad })).toThrowError(/^DATABASE_URL must be a SQLite file URL/);
    },
  );
});
