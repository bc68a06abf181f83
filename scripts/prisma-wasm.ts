// Offline stand-in for `prisma migrate dev/deploy` and `migrate diff` (see lib/db/migrate.ts).
//   npm run db:schemas          write prisma/postgresql/schema.prisma from prisma/schema.prisma
//   npm run db:diff             SQL from each provider's migrations to the schema
//   npm run db:migrate -- NAME  create <stamp>_NAME in both providers' migrations from that diff,
//                               and apply SQLite's to DATABASE_URL
//   npm run db:deploy           apply pending migrations to DATABASE_URL (SQLite or PostgreSQL)
// PostgreSQL's engine runs on a temporary server when DATABASE_URL is not PostgreSQL
// (scripts/lib/postgres-server.ts).
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type DatabaseProvider, databaseProvider, databaseUrl } from "../lib/env";
import { deployMigrations, migrationsList, openSchemaEngine, schemaFiles, schemaFilters } from "../lib/db/migrate";
import { postgresSchema } from "../lib/db/schemas";
import { startPostgres } from "./lib/postgres-server";

const [cmd, arg] = process.argv.slice(2);

const derivedPostgresSchema = async () => postgresSchema(await readFile(schemaFiles("sqlite").schema, "utf8"));

async function writePostgresSchema(): Promise<void> {
  const { schema } = schemaFiles("postgresql");
  await mkdir(join(schema, ".."), { recursive: true });
  await writeFile(schema, await derivedPostgresSchema());
}

/**
 * The SQL of the next migration of `provider`. SQLite's replays its migrations on an in-memory
 * shadow database and compares them with the schema. PostgreSQL's compares the committed schema
 * file (what its migrations build: lib/db/postgres.test.ts checks that) with the one derived
 * from SQLite's now: the WASM engine cannot introspect a PostgreSQL shadow database.
 */
async function diff(provider: DatabaseProvider, url: string): Promise<string> {
  const open = await openSchemaEngine(url);
  try {
    const { schema } = schemaFiles(provider);
    const list = await migrationsList(provider);
    const datamodel = (content: string) => ({ tag: "schemaDatamodel" as const, files: [{ path: schema, content }] });
    const first = list.migrationDirectories.length === 0;
    const r = await open.engine.diff({
      from: first
        ? { tag: "empty" }
        : provider === "postgresql"
          ? datamodel(await readFile(schema, "utf8"))
          : { tag: "migrations", ...list },
      to: datamodel(provider === "postgresql" ? await derivedPostgresSchema() : await readFile(schema, "utf8")),
      script: true,
      exitCode: null,
      filters: schemaFilters,
    });
    return r.stdout ?? "";
  } finally {
    open.free();
  }
}

/** Runs `work` for each provider, SQLite first: PostgreSQL's on a temporary server unless DATABASE_URL is one. */
async function withBoth(work: (provider: DatabaseProvider, url: string) => Promise<void>): Promise<void> {
  if (databaseProvider() === "postgresql") {
    await work("sqlite", "file::memory:");
    await work("postgresql", databaseUrl());
    return;
  }
  await work("sqlite", databaseUrl());
  const server = await startPostgres();
  try {
    await work("postgresql", server.createDatabase("kb_migrate"));
  } finally {
    server.stop();
  }
}

const empty = (sql: string) => !sql.trim() || /empty migration/i.test(sql);

if (cmd === "schemas") {
  await writePostgresSchema();
} else if (cmd === "diff") {
  await withBoth(async (provider, url) => {
    process.stdout.write(`-- ${provider}\n${await diff(provider, url)}\n`);
  });
} else if (cmd === "dev") {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  await withBoth(async (provider, url) => {
    const sql = await diff(provider, url);
    if (empty(sql)) return console.log(`${provider}: schema unchanged, no migration created`);
    const { migrations } = schemaFiles(provider);
    const dir = join(migrations, `${stamp}_${arg ?? "migration"}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "migration.sql"), sql);
    if (!existsSync(join(migrations, "migration_lock.toml")))
      await writeFile(join(migrations, "migration_lock.toml"), `provider = "${provider}"\n`);
    console.log("created", dir);
  });
  await writePostgresSchema();
  const open = await openSchemaEngine(databaseUrl());
  console.log("applied", await deployMigrations(open));
  open.free();
} else if (cmd === "deploy") {
  const open = await openSchemaEngine(databaseUrl());
  console.log("applied", await deployMigrations(open));
  open.free();
} else {
  console.error("usage: prisma-wasm.ts schemas | diff | dev NAME | deploy");
  process.exitCode = 2;
}
