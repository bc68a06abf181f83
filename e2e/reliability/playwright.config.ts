// The reliability specs (*.reliability.ts, which the main config's test pattern does not pick up):
// the main config with its SQLite server, on this folder's port and database (./env).
import "./env";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import base, { sqliteServer } from "../../playwright.config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "**/*.reliability.ts",
  outputDir: `${root}/test-results/reliability`,
  // a spec walks hundreds of payloads through one page
  timeout: 900_000,
  projects: [{ name: "sqlite" }],
  webServer: { ...sqliteServer, command: "node_modules/.bin/tsx e2e/support/server.ts", cwd: root },
});
