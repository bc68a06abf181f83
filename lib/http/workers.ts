import { availableParallelism } from "node:os";
import { ConfigError } from "../env";

/**
 * WEB_CONCURRENCY: how many server processes share the port. Node renders on one thread, so one
 * process uses one core; by default there is one per core, up to four (each holds its own
 * caches). 1 runs the server in the process itself.
 */
export function workerCount(value: string | undefined, cores = availableParallelism()): number {
  const v = (value ?? "").trim();
  if (v === "") return Math.max(1, Math.min(4, cores));
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new ConfigError(
      `WEB_CONCURRENCY must be a whole number of processes from 1 to 64 (got ${JSON.stringify(value)})`,
    );
  return n;
}
