// npm start: prepare the database, build when the sources are newer than the last build, serve.
import { ConfigError } from "../lib/env";
import { prepareDatabase } from "../lib/import/seed";
import { ensureBuilt } from "./lib/build";
import { serve } from "./lib/serve";

try {
  await prepareDatabase();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`kb: ${e.message}`);
  process.exit(1);
}

ensureBuilt();

await serve(Number(process.env.PORT ?? 3000));
