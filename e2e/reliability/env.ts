// Imported first by this folder's config, before e2e/support/env.ts reads these: the reliability
// specs get a server and a database of their own, beside a normal e2e run.
process.env.E2E_PORT ??= "3121";
process.env.E2E_DATABASE_URL ??= "file:./data/reliability-e2e.db";
