// A throwaway PostgreSQL server for tests and benchmarks: Debian's `postgresql` package, a new
// cluster in a temporary folder, on 127.0.0.1 only, with a random password (another local user
// cannot walk in as its superuser), stopped and removed after. Run as root (CI, these machines), the server runs as the `postgres` user, which
// PostgreSQL requires.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PostgresServer {
  /** postgresql://postgres:PASSWORD@127.0.0.1:PORT/DB */
  url(database: string): string;
  /** a new empty database; returns its URL */
  createDatabase(name: string): string;
  stop(): void;
}

/** The newest installed server's bin folder (/usr/lib/postgresql/15/bin), or null. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed: apt-get install postgresql (.ci/run does)");
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "kb-postgres-"));
  if (root) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  // as the postgres user when we are root: PostgreSQL refuses to run as root
  const run = (program: string, args: string[]) => {
    const [command, argv] = root
      ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]]
      : [join(bin, program), args];
    // the password by environment, not in an argument any `ps` shows
    const r = spawnSync(command, argv, { encoding: "utf8", cwd: dir, env: { ...process.env, PGPASSWORD: password } });
    if (r.status !== 0) throw new Error(`${program} failed: ${r.stderr || r.stdout}`);
  };
  const data = join(dir, "data");
  const port = await freePort();
  const password = randomBytes(18).toString("base64url");
  const pwfile = join(dir, "password");
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (root) chownSync(pwfile, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  run("initdb", [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=scram-sha-256",
    `--pwfile=${pwfile}`,
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
  ]);
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "server.log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    "start",
  ]);
  const url = (database: string) => `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    createDatabase(name) {
      run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]);
      return url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
