// One fuzz case, rebuilt from (seed, index) alone: the supervisor, its worker and a replay
// (`--only=N`) all get the same bytes.
import { readFileSync } from "node:fs";
import { mutate } from "./mutations";
import { random } from "./lib/random";

export interface CorpusFiles {
  txt: string[];
  md: string[];
  html: string[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

/** As lib/kb/node.ts reads a file: UTF-8 when valid, else Windows-1252. */
function decode(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return cp1252.decode(bytes);
  }
}

export function buildCase(seed: number, index: number, files: CorpusFiles) {
  const rand = random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  // mostly raw .TXT, as imported; the kbarchive markdown and html readers get their share
  const pool = rand.chance(0.8) ? files.txt : rand.chance(0.75) || files.html.length === 0 ? files.md : files.html;
  const file = rand.pick(pool);
  const read = (path: string) => readFileSync(path).toString("latin1");
  const { text, applied } = mutate(rand, index, read(file), () => read(rand.pick(pool)));
  return { file, applied, text: decode(Buffer.from(text, "latin1")) };
}
