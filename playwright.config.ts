import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT, E2E_POSTGRES_PORT } from "./e2e/support/env";
import { postgresBinDir } from "./scripts/lib/postgres-server";

// Debian's chromium where present (these machines cannot download Playwright's browser);
// CHROMIUM_PATH overrides; elsewhere Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// The specs that read and write through the app run on PostgreSQL as well, where it is installed
// (CI installs it: there its absence is a failure).
const postgres = postgresBinDir() !== null;
if (!postgres && process.env.CI) throw new Error("PostgreSQL is not installed: .ci/run installs Debian's postgresql");
if (!postgres)
  console.warn("PostgreSQL is not installed: the e2e specs run on SQLite only (apt-get install postgresql)");
const escaped = resolve("e2e").replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
const ON_BOTH = new RegExp(`^${escaped}/(admin|articles|check|search|security)/[^/]+\\.spec\\.ts$`);

/** The app on the e2e SQLite file (e2e/support/server.ts); the first, which builds it when its sources changed. */
export const sqliteServer = {
  command: "tsx e2e/support/server.ts",
  url: `http://localhost:${E2E_PORT}`,
  reuseExistingServer: false,
  timeout: 240_000,
  stdout: "pipe" as const,
};

const postgresServer = {
  ...sqliteServer,
  // node itself, not tsx's wrapper: the wrapper kills a child that does not exit within 30 ms of
  // a signal, and the cluster would outlive it
  command: "node --import tsx e2e/support/server.ts postgresql",
  url: `http://localhost:${E2E_POSTGRES_PORT}`,
  // a SIGTERM, so that the server stops its PostgreSQL cluster (after the app's 10 s drain)
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 },
};

export default defineConfig({
  testDir: "./e2e",
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${E2E_PORT}`,
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "sqlite" },
    ...(postgres
      ? [{ name: "postgresql", testMatch: ON_BOTH, use: { baseURL: `http://localhost:${E2E_POSTGRES_PORT}` } }]
      : []),
  ],
  // one after the other, as Playwright starts them
  webServer: [sqliteServer, ...(postgres ? [postgresServer] : [])],
});
