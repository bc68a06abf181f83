import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

type Nginx = { url: string; stop(): void };

/** Debian's nginx serving one saved page as a static file, for comparison; null when nginx cannot be had. */
export async function startNginx(dir: string, port: number, html: string): Promise<Nginx | null> {
  const root = join(dir, "static");
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "article.html"), html);
  return run(
    dir,
    "static",
    `server { listen 127.0.0.1:${port}; root ${root}; }`,
    `http://127.0.0.1:${port}/article.html`,
  );
}

/**
 * The repository's deploy/nginx.conf in front of the app on `appPort`, as documented, with only
 * its port, upstream and cache folder moved into the benchmark's folder.
 */
export async function startNginxCache(dir: string, port: number, appPort: number, path: string): Promise<Nginx | null> {
  const cache = join(dir, "nginx-cache");
  mkdirSync(cache, { recursive: true });
  const conf = readFileSync(resolve("deploy/nginx.conf"), "utf8")
    .replace("/var/cache/nginx/kb", cache)
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${appPort};`)
    .replace("listen 80;", `listen 127.0.0.1:${port};`);
  return run(dir, "cache", conf, `http://127.0.0.1:${port}${path}`);
}

async function run(dir: string, name: string, server: string, url: string): Promise<Nginx | null> {
  if (spawnSync("sh", ["-c", "command -v nginx"]).status !== 0) {
    console.log("bench: installing Debian's nginx for the comparison…");
    const install = spawnSync(
      "sh",
      [
        "-c",
        "apt-get install -y -qq nginx-light >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null)",
      ],
      { stdio: "inherit" },
    );
    if (install.status !== 0) return null;
  }
  mkdirSync(join(dir, "logs"), { recursive: true });
  const conf = join(dir, `nginx-${name}.conf`);
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${dir}/nginx-${name}.pid;
error_log ${dir}/logs/error-${name}.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  default_type text/html;
  ${server}
}
`,
  );
  const child = spawn("nginx", ["-c", conf, "-p", dir, "-g", "daemon off;"], { stdio: "inherit" });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill("SIGQUIT") };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  return null;
}
