/** The e2e server runs on its own port and its own database, never the developer's (both overridable, so two runs can share a machine). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3111);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
/** The same app on a throwaway PostgreSQL server (the "postgresql" project), on the next port. */
export const E2E_POSTGRES_PORT = E2E_PORT + 1;
/** Where that server's URL is written (its password is random): the specs' fixtures read it. */
export const E2E_POSTGRES_URL_FILE = `data/e2e-postgres-${E2E_POSTGRES_PORT}.url`;
