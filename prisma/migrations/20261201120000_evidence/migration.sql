-- Fix facts become evidence rows (issue 11). The old fixed-in rows are the articles' own
-- statements; ensureDatabase() then derives every article's rows again (lib/articles/write.ts).
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "targetKbId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "release" TEXT,
    "edition" TEXT,
    "servicePack" TEXT,
    "quote" TEXT NOT NULL,
    "section" TEXT,
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

INSERT INTO "Evidence" ("articleId", "targetKbId", "kind", "release", "servicePack", "quote")
SELECT f."articleId", a."kbId", 'statement', f."release", f."servicePack", ''
FROM "FixedIn" f JOIN "Article" a ON a."id" = f."articleId" ORDER BY f."id";

PRAGMA foreign_keys=off;
DROP TABLE "FixedIn";
PRAGMA foreign_keys=on;

CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");
CREATE INDEX "Evidence_targetKbId_idx" ON "Evidence"("targetKbId");
