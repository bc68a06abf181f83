import type Database from "better-sqlite3";

/** A seeded generator, so two runs draw the same mix. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STOP = new Set(
  "a an and the of in on to for with from by is are not when after how windows nt microsoft".split(" "),
);

// A fixed shuffle (Knuth's multiplicative hash of the id), not random(): every run on the same
// database draws the same queries, so two runs' percentiles compare the code, not the sample.
const shuffled = (id: string) => `(${id} * 2654435761) % 4294967291`;

/**
 * 1,000+ distinct queries as support staff type them, drawn from the database: two title words,
 * three-word phrases, file names, STOP codes from the text, Q numbers.
 */
export function queries(db: Database.Database): string[] {
  const titles = (
    db.prepare(`SELECT title FROM "Article" ORDER BY ${shuffled("id")} LIMIT 3000`).all() as { title: string }[]
  ).map((r) => r.title.replace(/^[A-Z]+:\s*/, "").toLowerCase());
  const out = new Set<string>();
  for (const t of titles) {
    const words = t.match(/[a-z0-9.]+/g)?.filter((w) => !STOP.has(w)) ?? [];
    if (words.length >= 2 && out.size < 500) out.add(words.slice(0, 2).join(" "));
    if (words.length >= 3 && out.size < 750) out.add(`"${words.slice(1, 4).join(" ")}"`);
  }
  for (const { name } of db
    .prepare(`SELECT name FROM "HotfixFile" GROUP BY name ORDER BY ${shuffled("min(id)")} LIMIT 200`)
    .all() as {
    name: string;
  }[])
    out.add(name.toLowerCase());
  for (const { body } of db.prepare(`SELECT body FROM "Article" WHERE body LIKE '%0x0000%' LIMIT 400`).all() as {
    body: string;
  }[])
    for (const code of body.match(/0x0000[0-9A-F]{4}/g) ?? []) out.add(`stop ${code.toLowerCase()}`);
  for (const { kbId } of db.prepare(`SELECT kbId FROM "Article" ORDER BY ${shuffled("id")} LIMIT 100`).all() as {
    kbId: string;
  }[])
    out.add(kbId);
  return [...out];
}
