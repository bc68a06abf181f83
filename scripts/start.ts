// npm start: prepare the database, build when the sources are newer than the last build, serve.
import { ConfigError } from "../lib/env";
import { isSampleOnly, LOAD_ARCHIVE_COMMAND } from "../lib/articles/sample";
import { prepareDatabase } from "../lib/import/seed";
import { ensureBuilt } from "./lib/build";
import { serve } from "./lib/serve";

try {
  const { articles } = await prepareDatabase();
  if (isSampleOnly(articles))
    console.log(
      `kb: the database holds the ${articles}-article sample; load the whole archive with: ${LOAD_ARCHIVE_COMMAND}`,
    );
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`kb: ${e.message}`);
  process.exit(1);
}

ensureBuilt();

await serve(Number(process.env.PORT ?? 3000));
