// The full-text index. Prisma's schema cannot describe an FTS5 virtual table, so it is
// created here, idempotently, by ensureDatabase(); triggers keep it in step with every
// writer (the importer, the admin, raw SQL), so no code path can forget to re-index.
export const FTS_TABLE = "article_fts";

/** Column weights for bm25(): a word in the title counts far more than one in the body. */
export const FTS_WEIGHTS = { title: 10, body: 1, keywords: 3, files: 6 } as const;

export const FTS_DDL = `
CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(
  title, body, keywords, files,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS article_fts_insert AFTER INSERT ON "Article" BEGIN
  INSERT INTO ${FTS_TABLE}(rowid, title, body, keywords, files)
  VALUES (new.id, new.title, new.body, new.keywords, new.fileNames);
END;
CREATE TRIGGER IF NOT EXISTS article_fts_update AFTER UPDATE OF title, body, keywords, fileNames ON "Article" BEGIN
  UPDATE ${FTS_TABLE} SET title = new.title, body = new.body, keywords = new.keywords, files = new.fileNames
  WHERE rowid = new.id;
END;
CREATE TRIGGER IF NOT EXISTS article_fts_delete AFTER DELETE ON "Article" BEGIN
  DELETE FROM ${FTS_TABLE} WHERE rowid = old.id;
END;
`;
