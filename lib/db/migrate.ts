// Applies prisma/migrations without Prisma's schema-engine binary (it cannot be downloaded
// here): the same engine compiled to WebAssembly, driven through the better-sqlite3 adapter.
// It writes the standard _prisma_migrations table, so `prisma migrate deploy` agrees with it.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_PATH = join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = join(ROOT, "prisma/migrations");
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

export async function openSchemaEngine(url: string): Promise<SchemaEngine> {
  await startWasm();
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
  // The engine takes its connection with locking_mode=EXCLUSIVE: free() must close it too,
  // or the database stays locked for every other connection in this process.
  const connections: { dispose(): Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const connection = await connect();
    connections.push(connection);
    return connection;
  };
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const engine = await runtime.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  const free = engine.free.bind(engine);
  engine.free = () => {
    free();
    for (const c of connections) void c.dispose();
  };
  return engine;
}

export async function migrationNames(): Promise<string[]> {
  if (!existsSync(MIGRATIONS_DIR)) return [];
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export async function migrationsList() {
  const lock = join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? await readFile(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      (await migrationNames()).map(async (d) => ({
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(join(MIGRATIONS_DIR, d, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/** `prisma migrate deploy`: applies the pending migrations; returns their names. */
export async function deployMigrations(engine: SchemaEngine): Promise<string[]> {
  const result = await engine.applyMigrations({ migrationsList: await migrationsList(), filters });
  return result.appliedMigrationNames;
}

export { filters as schemaFilters };
