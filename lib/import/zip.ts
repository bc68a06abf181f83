// Reads the files of a .zip (GitHub's zipball of kbarchive is one) without extracting it: the
// central directory at the end names every entry (ZIP64 too: the zipball holds over 65,535
// entries), then each entry is read at its offset, inflated and checked against its CRC-32.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { crc32, inflateRawSync } from "node:zlib";
import { type ArchiveEntry, ArchiveError, EMPTY, type EntryOptions, MAX_ENTRY_BYTES } from "./archive";

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const got = readSync(fd, buffer, 0, length, position);
  if (got < length) throw new ArchiveError("the zip archive ends early (truncated?)");
  return buffer;
}

/** Where the central directory is and how many entries it holds, from the end records. */
function directory(fd: number, fileSize: number): { offset: number; size: number; count: number } {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = read(fd, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ArchiveError("not a zip archive, or truncated (no end-of-central-directory record)");
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
    const record = read(fd, Number(tail.readBigUInt64LE(at - 20 + 8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new ArchiveError("a corrupt zip archive (bad ZIP64 record)");
    count = Number(record.readBigUInt64LE(32));
    size = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (offset + size > fileSize) throw new ArchiveError("the zip archive ends early (truncated?)");
  return { offset, size, count };
}

/** A ZIP64 extra field holds the 64-bit values of the fields that read 0xFFFFFFFF, in order. */
function zip64Values(extra: Buffer, entry: CentralEntry): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      for (const field of ["size", "compressed", "offset"] as const) {
        if (entry[field] !== MAX32) continue;
        if (at + 8 > i + 4 + length || at + 8 > extra.length)
          throw new ArchiveError(`a corrupt zip archive (short ZIP64 field for ${entry.name})`);
        entry[field] = Number(extra.readBigUInt64LE(at));
        at += 8;
      }
      return;
    }
    i += 4 + length;
  }
}

function centralEntries(fd: number, fileSize: number): CentralEntry[] {
  const { offset, size, count } = directory(fd, fileSize);
  const cd = read(fd, offset, size);
  const entries: CentralEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL)
      throw new ArchiveError("a corrupt zip archive (bad central directory)");
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const entry: CentralEntry = {
      name: cd.toString("utf8", at + 46, at + 46 + nameLength),
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      compressed: cd.readUInt32LE(at + 20),
      size: cd.readUInt32LE(at + 24),
      offset: cd.readUInt32LE(at + 42),
    };
    zip64Values(cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(fd: number, entry: CentralEntry, fileSize: number): Buffer {
  if (entry.flags & 1) throw new ArchiveError(`${entry.name} is encrypted`);
  if (entry.size > MAX_ENTRY_BYTES || entry.compressed > MAX_ENTRY_BYTES)
    throw new ArchiveError(`${entry.name} claims ${entry.size} bytes, more than an article can be`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new ArchiveError(`${entry.name} uses compression method ${entry.method} (only stored and deflate are read)`);
  const local = read(fd, entry.offset, 30);
  if (local.readUInt32LE(0) !== LOCAL)
    throw new ArchiveError(`a corrupt zip archive (bad local header for ${entry.name})`);
  const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressed > fileSize) throw new ArchiveError("the zip archive ends early (truncated?)");
  const stored = read(fd, start, entry.compressed);
  let data: Buffer;
  try {
    // never more than the size it claims: a zip bomb stops there
    data = entry.method === 8 ? inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) }) : stored;
  } catch (e) {
    throw new ArchiveError(`a corrupt zip archive (${entry.name}: ${(e as Error).message})`);
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc)
    throw new ArchiveError(`a corrupt zip archive (${entry.name} fails its CRC check)`);
  return data;
}

export async function* zipEntries(path: string, options: EntryOptions = {}): AsyncGenerator<ArchiveEntry> {
  const read = options.read ?? (() => true);
  const fd = openSync(path, "r");
  try {
    const fileSize = fstatSync(fd).size;
    for (const entry of oneLine(() => centralEntries(fd, fileSize))) {
      if (entry.name.endsWith("/")) continue;
      yield { name: entry.name, data: read(entry.name) ? oneLine(() => entryData(fd, entry, fileSize)) : EMPTY };
    }
  } finally {
    closeSync(fd);
  }
}

/** Whatever else goes wrong reading the structures (a RangeError on a cut field) is the archive's fault. */
function oneLine<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(`a corrupt zip archive (${(e as Error).message})`);
  }
}
