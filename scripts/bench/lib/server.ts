import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt } from "../../lib/build";
import { watchMemory } from "./memory";

/**
 * A server on a port and database of its own (a SQLite file's path, or a postgresql:// URL);
 * resolves once it answers. `memory()` is the
 * resident memory of its processes: the peak since it started, and now. `kb` is `npm start`'s
 * server (scripts/lib/serve.ts around Next's handler); `next` is plain `next start` on the same
 * build, to measure what our server costs.
 */
export async function startServer(
  port: number,
  database: string,
  server: "kb" | "next" = "kb",
): Promise<{ url: string; memory(): { peak: number; last: number }; stop(): void }> {
  ensureBuilt();
  const url = database.startsWith("postgres") ? database : `file:${database}`;
  const env = { ...process.env, PORT: String(port), DATABASE_URL: url };
  const child: ChildProcess =
    server === "kb"
      ? spawn(join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
          env,
          stdio: ["ignore", "ignore", "inherit"],
        })
      : spawn(join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
          env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
          stdio: ["ignore", "ignore", "inherit"],
        });
  const address = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(address)).ok) {
        const memory = watchMemory(child.pid!);
        return {
          url: address,
          memory: memory.read,
          stop: () => {
            memory.stop();
            child.kill("SIGTERM");
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`the server on port ${port} did not start`);
}
