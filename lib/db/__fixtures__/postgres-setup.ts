// Vitest's global setup: one throwaway PostgreSQL server for the run (scripts/lib/postgres-server.ts),
// stopped after. Tests ask for a database of their own with postgresDatabase(). Where PostgreSQL is
// not installed the PostgreSQL tests are skipped, except in CI, where that is a failure.
import type { TestProject } from "vitest/node";
import { postgresBinDir, startPostgres } from "../../../scripts/lib/postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** the test server's maintenance database URL, or null when PostgreSQL is not installed */
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (!postgresBinDir()) {
    if (process.env.CI) throw new Error("PostgreSQL is not installed: .ci/run installs Debian's postgresql");
    console.warn("PostgreSQL is not installed: its tests are skipped (apt-get install postgresql)");
    project.provide("postgresUrl", null);
    return;
  }
  const server = await startPostgres();
  project.provide("postgresUrl", server.url("postgres"));
  return () => server.stop();
}
