// The app's schema on a real PostgreSQL server (lib/db/__fixtures__/postgres-setup.ts).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { postgresBinDir } from "../../scripts/lib/postgres-server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { postgresDatabase, postgresUrl } from "./__fixtures__/postgres-db";
import { inTransaction, openPostgres } from "./postgres";

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

  test("a search column another version generated differently is made again, and nothing else is touched twice", async () => {
    const { ensureDatabase } = await import("./ensure");
    const pool = openPostgres(url);
    const expression = async () =>
      (
        await pool.query(`SELECT pg_get_expr(d.adbin, d.adrelid) AS e FROM pg_attrdef d JOIN pg_attribute c
          ON d.adrelid = c.attrelid AND d.adnum = c.attnum WHERE c.attrelid = '"Article"'::regclass AND c.attname = 'search'`)
      ).rows[0]?.e as string;
    try {
      await pool.query(`ALTER TABLE "Article" DROP COLUMN search`);
      await pool.query(
        `ALTER TABLE "Article" ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED`,
      );
      expect(await expression()).toContain("'english'::regconfig");
      await ensureDatabase();
      expect(await expression()).toContain("'kb'::regconfig");
      expect((await pool.query(`SELECT to_regclass('"Article_search_idx"') AS i`)).rows[0]?.i).toBeTruthy();
    } finally {
      await pool.end();
    }
  });

  test("where pg_trgm cannot be created, the set-up warns and goes on in the same transaction", async () => {
    const { ensureTrigramIndex } = await import("./postgres-search");
    const other = await postgresDatabase("role");
    const role = `kb_app_${Math.random().toString(36).slice(2, 10)}`;
    const admin = openPostgres(other);
    // a role that may not create in the database: CREATE EXTENSION fails as on a server without pg_trgm
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'role password'`);
    const roleUrl = new URL(other);
    roleUrl.username = role;
    roleUrl.password = "role password";
    const pool = openPostgres(roleUrl.toString());
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const settled = await inTransaction(pool, async (client) => {
        await ensureTrigramIndex(client);
        return (await client.query("SELECT 1 AS one")).rows[0]?.one; // the transaction is not aborted
      });
      expect(settled).toBe(1);
      expect(warn.mock.calls.flat().join(" ")).toMatch(/pg_trgm is not available/);
      expect((await admin.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).rowCount).toBe(0);
    } finally {
      warn.mockRestore();
      await pool.end();
      await admin.end();
    }
  });

  test("the migrations build exactly what the schema says (they cannot drift apart)", async () => {
    const { deployMigrations, openSchemaEngine, schemaFiles, schemaFilters } = await import("./migrate");
    const fromMigrations = await postgresDatabase("from_migrations");
    const migrated = await openSchemaEngine(fromMigrations);
    await deployMigrations(migrated).finally(() => migrated.free());
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
    expect(dump(fromMigrations)).toBe(dump(fromSchema));
    expect(dump(fromMigrations)).toContain('CREATE TABLE public."Article"');
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

  test("a write through another connection (another node) moves this node's content version within a second", async () => {
    const { dataVersion } = await import("./data-version");
    await vi.waitUntil(() => dataVersion() >= 0, { timeout: 5000 });
    const before = dataVersion();
    const otherNode = openPostgres(url);
    try {
      await otherNode.query(`INSERT INTO "LoginAttempt" (email, ip, success) VALUES ('a@b.c', '1.2.3.4', false)`);
      await new Promise((r) => setTimeout(r, 300));
      expect(dataVersion()).toBe(before); // a sign-in attempt is not content
      const sent = Date.now();
      await otherNode.query(`UPDATE "Article" SET title = 'Edited elsewhere' WHERE "kbId" = 'Q999001'`);
      await vi.waitUntil(() => dataVersion() > before, { timeout: 1000, interval: 5 });
      expect(Date.now() - sent).toBeLessThan(1000);
    } finally {
      await otherNode.end();
    }
  });
});
