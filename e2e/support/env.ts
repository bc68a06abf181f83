/** The e2e server runs on its own port and its own database, never the developer's (both overridable, so two runs can share a machine). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3111);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
