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
  /** false hands over names only (an empty buffer), for a pass that only looks */
  data?: boolean;
}
