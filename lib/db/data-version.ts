import "server-only";
import { prisma } from "./client";

/**
 * SQLite's data_version: it moves whenever another connection (the importer, an admin save)
 * commits. Reading it costs microseconds, so caches key on it instead of expiring by time.
 */
export async function dataVersion(): Promise<number> {
  const rows = await prisma.$queryRawUnsafe<{ data_version: number | bigint }[]>("PRAGMA data_version");
  return Number(rows[0]?.data_version ?? 0);
}
