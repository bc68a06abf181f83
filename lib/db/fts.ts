// The full-text index. Prisma's schema cannot describe an FTS5 virtual table, so it is
// created here by ensureDatabase(); triggers keep it in step with every writer (the importer,
// the admin, raw SQL), so no code path can forget to re-index.
import type Database from "better-sqlite3";

export const FTS_TABLE = "article_fts";

/** Column weights for bm25(), in column order: a word in the title counts far more than one in the body. */
export const FTS_WEIGHTS = { title: 10, body: 1, keywords: 3, fileNames: 6 } as const;

const COLUMNS = Object.keys(FTS_WEIGHTS).join(", ");
const values = (row: "new" | "old") =>
  Object.keys(FTS_WEIGHTS)
    .map((c) => `${row}.${c}`)
    .join(", ");

// External content: the index reads the text from "Article" itself instead of keeping a second
// copy of every body (150 MB at the whole archive's size, and as much again written on import).
// Such an index must be told the old text of a row it drops, which the triggers do.
const CREATE_TABLE = `CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(
  ${COLUMNS},
  content = 'Article', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
)`;

const TRIGGERS = {
  article_fts_insert: `CREATE TRIGGER article_fts_insert AFTER INSERT ON "Article" BEGIN
  INSERT INTO ${FTS_TABLE}(rowid, ${COLUMNS}) VALUES (new.id, ${values("new")});
END`,
  article_fts_update: `CREATE TRIGGER article_fts_update AFTER UPDATE OF ${COLUMNS} ON "Article" BEGIN
  INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, ${COLUMNS}) VALUES ('delete', old.id, ${values("old")});
  INSERT INTO ${FTS_TABLE}(rowid, ${COLUMNS}) VALUES (new.id, ${values("new")});
END`,
  article_fts_delete: `CREATE TRIGGER article_fts_delete AFTER DELETE ON "Article" BEGIN
  INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, ${COLUMNS}) VALUES ('delete', old.id, ${values("old")});
END`,
};

/**
 * Creates the index, or replaces one built to another definition (an older release's, with its
 * own copy of the text), or whose triggers are gone (a migration that rebuilds "Article" drops
 * them with the table), and indexes every article again: once, in one transaction that takes
 * the write lock first, so two processes starting together do not both rebuild.
 * Returns whether it (re)built the index.
 */
export function ensureSearchIndex(db: Database.Database): boolean {
  const definition = db.prepare<[string], { sql: string }>(`SELECT sql FROM sqlite_master WHERE name = ?`);
  const current = () =>
    definition.get(FTS_TABLE)?.sql === CREATE_TABLE &&
    Object.entries(TRIGGERS).every(([name, sql]) => definition.get(name)?.sql === sql);
  if (current()) return false;
  return db
    .transaction(() => {
      if (current()) return false;
      db.exec(`DROP TABLE IF EXISTS ${FTS_TABLE}`);
      for (const name of Object.keys(TRIGGERS)) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
      db.exec(CREATE_TABLE);
      for (const sql of Object.values(TRIGGERS)) db.exec(sql);
      db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('rebuild')`);
      return true;
    })
    .immediate();
}
