import { createInterface } from "node:readline";

async function readStdinLine(): Promise<string> {
  let data = "";
  for await (const chunk of process.stdin) data += chunk;
  return data.split(/\r?\n/)[0];
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput = (s) =>
      write(s.startsWith(question) ? s : "");
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
  });
}

/** A new password: asked twice on a terminal, or the first line of piped stdin (for scripts and tests). */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Repeat password: ");
  if (first !== second) throw new Error("the passwords do not match");
  return first;
}
