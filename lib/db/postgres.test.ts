// The app's schema on a real PostgreSQL server (lib/db/__fixtures__/postgres-setup.ts).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { postgresBinDir } from "../../scripts/lib/postgres-server";
import { beforeAll, describe, expect, test } from "vitest";
import { postgresDatabase, postgresUrl } from "./__fixtures__/postgres-db";

describe.runIf(postgresUrl)("PostgreSQL", () => {
  let url = "";
  beforeAll(async () => {
    url = await postgresDatabase("schema");
    process.env.DATABASE_URL = url;
  });

  test("a new database gets every migration on first use, and nothing the second time", async () => {
    const { ensureDatabase } = await import("./ensure");
    const { migrationNames } = await import("./migrate");
    const first = await ensureDatabase();
    expect(first.applied).toEqual(await migrationNames("postgresql"));
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.created).toBe(true);
    const second = await ensureDatabase();
    expect(second).toMatchObject({ applied: [], created: false });
  });

  test("the migrations build exactly what the schema says (they cannot drift apart)", async () => {
    const { openSchemaEngine, schemaFiles, schemaFilters } = await import("./migrate");
    const fromSchema = await postgresDatabase("from_schema");
    const open = await openSchemaEngine(fromSchema);
    try {
      const { schema } = schemaFiles("postgresql");
      const { stdout } = await open.engine.diff({
        from: { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [{ path: schema, content: readFileSync(schema, "utf8") }] },
        script: true,
        exitCode: null,
        filters: schemaFilters,
      });
      await open.engine.dbExecute({ datasourceType: { tag: "url", url: fromSchema }, script: stdout ?? "" });
    } finally {
      open.free();
    }
    const dump = (db: string) =>
      execFileSync(join(postgresBinDir() ?? "", "pg_dump"), [
        "--schema-only",
        "--no-owner",
        "--exclude-table=_prisma_migrations",
        db,
      ])
        .toString()
        .replace(/^--.*$/gm, "")
        .replace(/^\\(un)?restrict .*$/gm, ""); // a random key per dump
    expect(dump(url)).toBe(dump(fromSchema));
    expect(dump(url)).toContain('CREATE TABLE public."Article"');
  });

  test("the app's Prisma client reads and writes there", async () => {
    const { prisma } = await import("./client");
    const article = await prisma.article.create({
      data: { kbId: "Q999001", kbNumber: 999001, title: "On PostgreSQL", product: "winnt", body: "text" },
    });
    expect(await prisma.article.findUnique({ where: { kbId: "Q999001" } })).toMatchObject({
      id: article.id,
      title: "On PostgreSQL",
    });
  });
});
