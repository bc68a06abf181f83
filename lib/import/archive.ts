// The archives kb import and kb parse read without extracting them: .tar, .tar.gz and .tgz
// (GitHub's tarball of kbarchive) and .zip (its zipball). One entry shape and one error for both.

export interface ArchiveEntry {
  /** the path inside the archive: "kbarchive-master/txt/244/Q244717.TXT" */
  name: string;
  data: Buffer;
}

/** Anything wrong with the archive itself: truncated, corrupt, not an archive. One line. */
export class ArchiveError extends Error {}

export const isTarArchive = (path: string) => /\.(?:tar|tar\.gz|tgz)$/i.test(path);
export const isZipArchive = (path: string) => /\.zip$/i.test(path);
export const isArchive = (path: string) => isTarArchive(path) || isZipArchive(path);

export interface EntryOptions {
  /** which entries' bytes are read; the others come with an empty buffer (default: all) */
  read?: (name: string) => boolean;
}

export const EMPTY = Buffer.alloc(0);
export const NAMES_ONLY: EntryOptions = { read: () => false };

/** The largest entry read: an article is kilobytes; a bigger claim is a corrupt or hostile archive. */
export const MAX_ENTRY_BYTES = 64 * 2 ** 20;
