import { Lru } from "../cache/lru";
import type { ReleaseId } from "../nt/releases";
import type { ArticleFacts } from "./facts";
import { articleScope, targetedReleases } from "./scope";
import { replacementsOf } from "./supersedence";

/**
 * Measured on the NT corpus: the result lists of 100 different 4.0 systems (the largest
 * release, ~6,000 results each with their evidence) take 140 MB of heap; 64 keep the memo
 * under about 90 MB whatever a stranger asks for.
 */
const MEMO_ENTRIES = 64;

/** Facts indexed once per data change: by release, with supersedence precomputed. */
export class Catalog {
  readonly byRelease = new Map<ReleaseId, ArticleFacts[]>();
  readonly byId = new Map<string, ArticleFacts>();
  readonly supersededBy: Map<string, string>;
  /** Every article that directly replaces each one: an installed hotfix covers those it replaces. */
  readonly replacedBy: Map<string, string[]>;
  /**
   * Answers derived from this catalog, valid as long as it is. Keys come from query strings
   * (a system, page, statuses, an installed file's name), so the memo is bounded: a stranger cycling
   * through them evicts old answers instead of growing the server's memory.
   */
  private readonly memo = new Lru<string, unknown>(MEMO_ENTRIES);

  memoize<T>(key: string, compute: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined) return known as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  constructor(readonly facts: readonly ArticleFacts[]) {
    for (const f of facts) {
      this.byId.set(f.id, f);
      for (const release of targetedReleases(articleScope(f))) {
        const list = this.byRelease.get(release) ?? [];
        list.push(f);
        this.byRelease.set(release, list);
      }
    }
    const { newest, replacedBy } = replacementsOf(facts);
    this.supersededBy = newest;
    this.replacedBy = replacedBy;
  }
}
