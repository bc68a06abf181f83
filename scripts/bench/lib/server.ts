import { spawn, type ChildProcess } from "node:child_process";
import { ensureBuilt, NEXT_BIN, NEXT_ENV } from "../../lib/build";

/** `next start` on a port and database of its own; resolves once it answers. */
export async function startServer(port: number, databasePath: string): Promise<{ url: string; stop(): void }> {
  ensureBuilt();
  const child: ChildProcess = spawn(NEXT_BIN, ["start", "-p", String(port)], {
    env: { ...NEXT_ENV, DATABASE_URL: `file:${databasePath}`, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`the server on port ${port} did not start`);
}
