import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { postgresSchema, SCHEMAS } from "./schemas";

test("PostgreSQL's schema is SQLite's with another provider and client folder (npm run db:schemas)", () => {
  const sqlite = readFileSync(SCHEMAS.sqlite.schema, "utf8");
  expect(readFileSync(SCHEMAS.postgresql.schema, "utf8")).toBe(postgresSchema(sqlite));
  expect(postgresSchema(sqlite)).toContain('provider = "postgresql"');
});
