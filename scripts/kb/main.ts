import { ConfigError } from "../../lib/env";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { parseCommand } from "./parse";
import { tokenCommand } from "./token";
import { userCommand } from "./user";

const usage = `usage: kb <command>

  parse FILE...        print each article as one JSON line
  import PATH...       load .TXT, kbarchive .md/.html and content/ files or folders into the database
  export DIR           write every article to DIR in the content/ format
  user add EMAIL --role admin|editor    add an admin account (password from a prompt or stdin)
  user list | passwd EMAIL | remove EMAIL
  token create EMAIL   issue an API token for the write API (shown once)

DATABASE_URL selects the database (default file:./data/kb.db); it is created and migrated on first use.`;

const [command, ...args] = process.argv.slice(2);

async function run(): Promise<number> {
  switch (command) {
    case "parse":
      return parseCommand(args);
    case "import":
      return importCommand(args);
    case "export":
      return exportCommand(args);
    case "user":
      return userCommand(args);
    case "token":
      return tokenCommand(args);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(usage);
      return command ? 0 : 2;
    default:
      console.error(`kb: unknown command ${JSON.stringify(command)}\n\n${usage}`);
      return 2;
  }
}

try {
  process.exitCode = await run();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`kb: ${e.message}`);
    process.exitCode = 2;
  } else throw e;
}
