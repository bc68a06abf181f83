import "server-only";
import { dataVersion } from "../db/data-version";
import { Lru } from "./lru";

/**
 * Answers kept until the database changes (SQLite's data_version moves on any other
 * connection's commit), at most `max` of them. A failed answer is not kept.
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
