// An archive named by URL, downloaded before anything is imported: into a temporary ".part"
// file beside the database that a later run resumes (HTTP Range), checked to be a gzip, tar or
// zip archive and not an error page, then named for what it holds. kb import reads the result
// as any archive.
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ArchiveError } from "./archive";
import { LOCAL as ZIP_LOCAL_HEADER } from "./zip";

/** GitHub's tarball of the kbarchive repository's master branch (`kb import --kbarchive`). */
export const KBARCHIVE_URL = "https://github.com/jeffpar/kbarchive/archive/refs/heads/master.tar.gz";

export const isUrl = (path: string) => /^https?:\/\//i.test(path);

export interface DownloadOptions {
  /** folder for the temporary file */
  dir: string;
  onProgress?: (received: number, total: number | null) => void;
}

/** The archive's local path once it is whole; an ArchiveError says what was wrong in one line. */
export async function downloadArchive(url: string, options: DownloadOptions): Promise<string> {
  const name = basename(new URL(url).pathname) || "archive";
  mkdirSync(options.dir, { recursive: true });
  const part = join(options.dir, `${name}.part`);
  const have = existsSync(part) ? statSync(part).size : 0;
  let response: Response;
  try {
    response = await fetch(url, { headers: have ? { Range: `bytes=${have}-` } : {}, redirect: "follow" });
  } catch (e) {
    throw new ArchiveError(`cannot download ${url}: ${(e as Error).cause ?? (e as Error).message}`);
  }
  if (response.status === 416 && have) {
    // The part file is already whole.
  } else if (!response.ok) {
    throw new ArchiveError(`${url} answered ${response.status} ${response.statusText}`.trim());
  } else {
    const type = response.headers.get("content-type") ?? "";
    if (/text\/html|application\/json/i.test(type))
      throw new ArchiveError(`${url} answered a ${type.split(";")[0]} page, not an archive`);
    const resumed = response.status === 206;
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    const total = Number.isFinite(length) ? length + (resumed ? have : 0) : null;
    let received = resumed ? have : 0;
    const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>);
    body.on("data", (chunk: Buffer) => {
      received += chunk.length;
      options.onProgress?.(received, total);
    });
    await pipeline(body, createWriteStream(part, { flags: resumed ? "a" : "w" }));
  }
  const kind = await archiveKind(part, url);
  // named for what it holds, whatever the address says: a .zip address may serve a tarball
  const target = join(options.dir, `${name.replace(/\.(?:tar\.gz|tgz|tar|zip|gz)$/i, "")}${kind}`);
  renameSync(part, target);
  return target;
}

/**
 * The extension for what the file holds: a gzip stream starts 1f 8b, a zip "PK\x03\x04", a tar
 * has "ustar" at 257. An HTML error page is none of them.
 */
async function archiveKind(path: string, url: string): Promise<".tar.gz" | ".zip" | ".tar"> {
  const file = await open(path, "r");
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await file.read(head, 0, 512, 0);
    const gzip = bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b;
    const zip = bytesRead >= 4 && head.readUInt32LE(0) === ZIP_LOCAL_HEADER;
    const tar = bytesRead >= 262 && head.subarray(257, 262).toString() === "ustar";
    if (gzip) return ".tar.gz";
    if (zip) return ".zip";
    if (!tar) {
      rmSync(path, { force: true });
      const text = /^\s*</.test(head.toString("utf8", 0, Math.min(bytesRead, 64))) ? "an HTML page" : "not an archive";
      throw new ArchiveError(`${url} gave ${text} (no gzip, zip or tar header)`);
    }
    return ".tar";
  } finally {
    await file.close();
  }
}
