import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/env";

// Offline: the CLI insists on downloading the schema-engine binary before `generate`.
// Point it at a stub unless a real one is configured; migrations run through scripts/prisma-wasm.ts.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync("scripts/no-schema-engine.sh")) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = "scripts/no-schema-engine.sh";
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrl() },
});
