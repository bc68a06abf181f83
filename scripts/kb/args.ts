import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A command's arguments, strictly: an unknown flag or a missing value is one line on stderr
 * and exit 2 (the caller returns the number), never a file named "--help".
 */
export function commandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  args: string[],
  options: T,
):
  | {
      values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>["values"];
      positionals: string[];
    }
  | number {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`kb ${command}: ${e instanceof Error ? e.message : String(e)} (see kb ${command} --help)`);
    return 2;
  }
}

/** Writes a line to stdout, waiting while the pipe is full; false once the reader has gone (EPIPE). */
export async function writeLine(line: string): Promise<boolean> {
  if (process.stdout.destroyed) return false;
  if (process.stdout.write(`${line}\n`)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      process.stdout.off("drain", onDrain);
      process.stdout.off("error", onError);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onError = () => done(false);
    process.stdout.once("drain", onDrain);
    process.stdout.once("error", onError);
  });
}
