// npm install's last step (and npm run dev's first): create, migrate and seed the database.
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { ConfigError } from "../lib/env";
import { prepareDatabase } from "../lib/import/seed";

// npm links the bins of dependencies, not the project's own: without this, `npx kb` would
// copy the whole project into npx's cache on every new machine before running.
if (!existsSync("node_modules/.bin/kb")) {
  mkdirSync("node_modules/.bin", { recursive: true });
  symlinkSync("../../bin/kb.js", "node_modules/.bin/kb");
}

try {
  const { path, seeded } = await prepareDatabase();
  if (seeded) {
    console.log(`kb: created ${path} with ${seeded.articles} articles from content/`);
    for (const f of seeded.failures) console.error(`kb: ${f.file}${f.line ? `:${f.line}` : ""}: ${f.error}`);
  } else {
    console.log(`kb: database ${path} is up to date`);
  }
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`kb: ${e.message}`);
  process.exit(1);
}
