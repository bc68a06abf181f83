// npm install's last step (and npm run dev's first): create, migrate and seed the database.
import { ConfigError } from "../lib/env";
import { prepareDatabase } from "../lib/import/seed";

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
