import "server-only";
import { dataVersion } from "../db/data-version";
import { Lru } from "./lru";

/**
 * Answers kept until the articles change (lib/db/content-version.ts, looked at again when
 * SQLite's data_version shows another connection committed), at most `max` of them. A failed
 * answer is not kept.
 */
export function cacheUntilDataChanges<T>(max: number) {
  const answers = new Lru<string, Promise<T>>(max);
  let version = -1;
  return (key: string, compute: () => Promise<T>): Promise<T> => {
    const now = dataVersion();
    if (now !== version) {
      answers.clear();
      version = now;
    }
    let answer = answers.get(key);
    if (!answer) {
      answer = compute();
      answers.set(key, answer);
      answer.catch(() => answers.clear());
    }
    return answer;
  };
}
