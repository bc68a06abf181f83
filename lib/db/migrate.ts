// Applies the migrations without Prisma's schema-engine binary (it cannot be downloaded here):
// the same engine compiled to WebAssembly, driven through the app's own driver adapter
// (better-sqlite3 or pg). It writes the standard _prisma_migrations table, so `prisma migrate
// deploy` agrees with it.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";

import { type DatabaseProvider, databaseProvider } from "../env";
import { poolConfig } from "./postgres";
import { SCHEMAS } from "./schemas";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Each provider's schema file and migrations folder, absolute. */
export const schemaFiles = (provider: DatabaseProvider) => ({
  schema: join(ROOT, SCHEMAS[provider].schema),
  migrations: join(ROOT, SCHEMAS[provider].migrations),
});
const filters = { externalTables: [], externalEnums: [] };

export type SchemaEngine = Awaited<ReturnType<typeof runtime.SchemaEngine.new>>;

// The WASM module may be started once per process; every engine after the first reuses it.
let started: Promise<void> | null = null;

function startWasm(): Promise<void> {
  started ??= (async () => {
    // Where the engine reports a Rust panic; Prisma's CLI normally provides it.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`schema engine panic: ${m}`) };
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(await readFile(wasmPath)), {
      "./schema_engine_bg.js": runtime as never,
    });
    (runtime as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return started;
}

export interface OpenEngine {
  engine: SchemaEngine;
  provider: DatabaseProvider;
  /** frees the engine and closes its connections */
  free(): void;
}

/** The schema engine on DATABASE_URL's database, with that provider's schema. */
export async function openSchemaEngine(url: string): Promise<OpenEngine> {
  await startWasm();
  const provider = databaseProvider({ DATABASE_URL: url });
  const factory = provider === "postgresql" ? postgresFactory(url) : sqliteFactory(url);
  // The SQLite engine takes its connection with locking_mode=EXCLUSIVE, and pg keeps a pool:
  // free() must close them too, or the database stays locked (or the process alive).
  const connections: { dispose(): Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = (async () => {
    const connection = await connect();
    connections.push(connection);
    return connection;
  }) as typeof factory.connect;
  const { schema: schemaPath } = schemaFiles(provider);
  const engine = await runtime.SchemaEngine.new(
    { datamodels: [[schemaPath, await readFile(schemaPath, "utf8")]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    provider,
    free() {
      engine.free();
      for (const c of connections) void c.dispose();
    },
  };
}

// The URL's settings rather than the URL: the adapter makes its shadow database by overriding
// `database`, which a connectionString would win over (the replay then ran on the real one).
function postgresFactory(url: string): PrismaPg {
  const config = poolConfig(url);
  const factory = new PrismaPg(config);
  // The adapter's own shadow database is dropped while its pool still holds it open, which
  // PostgreSQL refuses; this one closes the pool first.
  factory.connectToShadowDb = async () => {
    const main = await new PrismaPg(config).connect();
    const database = `kb_shadow_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...config, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  };
  return factory;
}

function sqliteFactory(url: string): PrismaBetterSqlite3 {
  const factory = new PrismaBetterSqlite3({ url });
  // Replaying a migration on the shadow database goes through executeRaw, which
  // better-sqlite3 rejects for multi-statement SQL: fall back to executeScript.
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectShadow();
    const raw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (q) => {
      try {
        return await raw(q);
      } catch (e) {
        if (q.args.length === 0 && /more than one statement/.test(String(e))) {
          await shadow.executeScript(q.sql);
          return 0;
        }
        throw e;
      }
    };
    return shadow;
  };
  return factory;
}

export async function migrationNames(provider: DatabaseProvider): Promise<string[]> {
  const { migrations } = schemaFiles(provider);
  if (!existsSync(migrations)) return [];
  const entries = await readdir(migrations, { withFileTypes: true });
  return entries
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export async function migrationsList(provider: DatabaseProvider) {
  const { migrations } = schemaFiles(provider);
  const lock = join(migrations, "migration_lock.toml");
  return {
    baseDir: migrations,
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? await readFile(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      (await migrationNames(provider)).map(async (d) => ({
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(join(migrations, d, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/** `prisma migrate deploy`: applies the pending migrations; returns their names. */
export async function deployMigrations({ engine, provider }: OpenEngine): Promise<string[]> {
  const result = await engine.applyMigrations({ migrationsList: await migrationsList(provider), filters });
  return result.appliedMigrationNames;
}

export { filters as schemaFilters };
