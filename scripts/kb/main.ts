import { ConfigError } from "../../lib/env";

const usage = `usage: kb <command>

  parse PATH...        print each article as one JSON line (files, folders, .tar.gz archives)
  import PATH...       load .TXT, kbarchive .md/.html and content/ files, folders or .tar.gz archives
  export DIR           write every article to DIR in the content/ format
  user add EMAIL --role admin|editor    add an admin account (password from a prompt or stdin)
  user list | passwd EMAIL | remove EMAIL
  token create EMAIL   issue an API token for the write API (shown once)

DATABASE_URL selects the database (default file:./data/kb.db); it is created and migrated on first use.`;

const [command, ...args] = process.argv.slice(2);

async function run(): Promise<number> {
  switch (command) {
    // Loaded on demand: `parse` needs no database, and a bad DATABASE_URL must reach the catch below.
    case "parse":
      return (await import("./parse")).parseCommand(args);
    case "import":
      return (await import("./import")).importCommand(args);
    case "export":
      return (await import("./export")).exportCommand(args);
    case "user":
      return (await import("./user")).userCommand(args);
    case "token":
      return (await import("./token")).tokenCommand(args);
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
// Every command has awaited its work by now. The migration engine leaves a timer behind after a
// new PostgreSQL database's first migrations, which kept the process 10 s more: once the output
// is written, the command ends.
process.stdout.write("", () => process.exit());
