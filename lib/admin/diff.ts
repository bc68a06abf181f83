import { diffArrays } from "diff";

export type DiffLine = { op: "same" | "added" | "removed"; text: string };

/**
 * Myers' diff stops after this many edits: its cost grows with the edits, so two long and very
 * different revisions (anyone with edit rights can save a megabyte of text) cannot make the
 * history page take the server's memory or a core.
 */
export const MAX_EDITS = 2000;

/**
 * Its cost is about the lines times the edits, so a longer text is allowed fewer edits: a bound
 * in work, not in time (a time limit gave a different answer on a loaded machine).
 */
const MAX_WORK = 8_000_000;

/** Line diff of two revisions, removed lines before added ones at a change; null when too different to show. */
export function diffLines(before: string[], after: string[]): DiffLine[] | null {
  const lines = Math.max(1, before.length + after.length);
  const maxEditLength = Math.min(MAX_EDITS, Math.floor(MAX_WORK / lines));
  const changes = diffArrays(before, after, { maxEditLength });
  if (!changes) return null;
  return changes.flatMap((c) => {
    const op = c.added ? "added" : c.removed ? "removed" : "same";
    return c.value.map((text) => ({ op, text }) as DiffLine);
  });
}
