// Streams the regular files of a .tar, .tar.gz or .tgz (GitHub's tarball of kbarchive is one):
// ustar headers with their prefix, GNU long names ("L") and pax "path" records. Nothing is
// extracted to disk; each entry's bytes are handed over as they complete.
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { type ArchiveEntry, ArchiveError, EMPTY, type EntryOptions } from "./archive";

const BLOCK = 512;

const text = (b: Buffer, start: number, length: number) => {
  const field = b.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString("utf8");
};

function octal(b: Buffer, start: number, length: number): number {
  const raw = text(b, start, length).trim();
  if (!/^[0-7]*$/.test(raw)) throw new ArchiveError("not a tar archive (a header's size is not a number)");
  return raw ? Number.parseInt(raw, 8) : 0;
}

/** A header block's checksum: the sum of its bytes with the checksum field read as spaces. */
function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum === octal(h, 148, 8);
}

export async function* tarEntries(path: string, options: EntryOptions = {}): AsyncGenerator<ArchiveEntry> {
  const read = options.read ?? (() => true);
  const raw = createReadStream(path);
  const stream = /\.(?:gz|tgz)$/i.test(path) ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (e) => stream.destroy(e));
  let buffered: Buffer = Buffer.alloc(0);
  let longName: string | null = null;
  let paxPath: string | null = null;
  let ended = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      let offset = 0;
      while (!ended && buffered.length - offset >= BLOCK) {
        const header = buffered.subarray(offset, offset + BLOCK);
        if (header.every((b) => b === 0)) {
          ended = true; // two zero blocks end the archive; one is enough to stop
          break;
        }
        if (!checksumOk(header)) throw new ArchiveError("not a tar archive (bad header checksum)");
        const size = octal(header, 124, 12);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (buffered.length - offset < BLOCK + padded) break; // wait for the whole entry
        const data = buffered.subarray(offset + BLOCK, offset + BLOCK + size);
        offset += BLOCK + padded;
        const type = String.fromCharCode(header[156] || 48);
        if (type === "L") {
          longName = text(data, 0, data.length);
          continue;
        }
        if (type === "x") {
          paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString("utf8"))?.[1] ?? null;
          continue;
        }
        if (type === "g") continue;
        const prefix = text(header, 345, 155);
        const name = paxPath ?? longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
        longName = paxPath = null;
        if (type === "0") yield { name, data: read(name) ? Buffer.from(data) : EMPTY };
      }
      buffered = buffered.subarray(offset);
      if (ended) break;
    }
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR")
      throw new ArchiveError(`not a readable gzip archive (${(e as Error).message})`);
    throw e;
  } finally {
    raw.destroy();
  }
  if (!ended && buffered.length > 0) throw new ArchiveError("the archive ends in the middle of an entry (truncated?)");
  if (!ended) throw new ArchiveError("the archive ends without its end-of-archive blocks (truncated?)");
}
