// Offline stand-in for `prisma migrate dev/deploy` and `migrate diff` (see lib/db/migrate.ts).
//   npm run db:diff             SQL from prisma/migrations to schema.prisma
//   npm run db:migrate -- NAME  create prisma/migrations/<stamp>_NAME from that diff and apply it
//   npm run db:deploy           apply pending migrations to DATABASE_URL
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { databaseUrl } from "../lib/env";
import {
  deployMigrations,
  MIGRATIONS_DIR,
  migrationsList,
  openSchemaEngine,
  SCHEMA_PATH,
  schemaFilters,
} from "../lib/db/migrate";

const [cmd, arg] = process.argv.slice(2);
// The WASM engine can be instantiated once per process: every command shares it.
const engine = await openSchemaEngine(databaseUrl());

async function diff(): Promise<string> {
  const files = { files: [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") }] };
  const from = { tag: "migrations" as const, ...(await migrationsList()) };
  const r = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", ...files },
    script: true,
    exitCode: null,
    filters: schemaFilters,
  });
  return r.stdout ?? "";
}

if (cmd === "diff") {
  process.stdout.write(await diff());
} else if (cmd === "dev") {
  const sql = await diff();
  if (!sql.trim() || /empty migration/i.test(sql)) {
    console.log("schema unchanged, no migration created");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join(MIGRATIONS_DIR, `${stamp}_${arg ?? "migration"}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "migration.sql"), sql);
    if (!existsSync(join(MIGRATIONS_DIR, "migration_lock.toml")))
      await writeFile(join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "sqlite"\n');
    console.log("created", dir);
  }
  console.log("applied", await deployMigrations(engine));
} else if (cmd === "deploy") {
  console.log("applied", await deployMigrations(engine));
} else {
  console.error("usage: prisma-wasm.ts diff | dev NAME | deploy");
  process.exitCode = 2;
}
engine.free();
