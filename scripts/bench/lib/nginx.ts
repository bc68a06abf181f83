import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Debian's nginx serving one saved page as a static file, for comparison; null when nginx cannot be had. */
export async function startNginx(
  dir: string,
  port: number,
  html: string,
): Promise<{ url: string; stop(): void } | null> {
  if (spawnSync("sh", ["-c", "command -v nginx"]).status !== 0) {
    console.log("bench: installing Debian's nginx for the static-file comparison…");
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
  const root = join(dir, "static");
  mkdirSync(join(dir, "logs"), { recursive: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "article.html"), html);
  const conf = join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  default_type text/html;
  server { listen 127.0.0.1:${port}; root ${root}; }
}
`,
  );
  const child = spawn("nginx", ["-c", conf, "-p", dir, "-g", "daemon off;"], { stdio: "inherit" });
  const url = `http://127.0.0.1:${port}/article.html`;
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
