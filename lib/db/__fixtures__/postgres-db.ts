import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** The run's PostgreSQL server (lib/db/__fixtures__/postgres-setup.ts), or null without one. */
export const postgresUrl = inject("postgresUrl");

/** A new empty database on the test server; returns its URL. */
export async function postgresDatabase(name: string): Promise<string> {
  if (!postgresUrl) throw new Error("no PostgreSQL server for this run");
  const database = `kb_${name}_${randomUUID().slice(0, 8)}`.replace(/\W/g, "_");
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return postgresUrl.replace(/\/postgres$/, `/${database}`);
}
