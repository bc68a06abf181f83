import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt } from "../../lib/build";

/** `npm start`'s server on a port and database of its own; resolves once it answers. */
export async function startServer(port: number, databasePath: string): Promise<{ url: string; stop(): void }> {
  ensureBuilt();
  const child: ChildProcess = spawn(join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${databasePath}` },
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
