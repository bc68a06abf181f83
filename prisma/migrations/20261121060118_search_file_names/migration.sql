-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kbId" TEXT NOT NULL,
    "kbNumber" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "lastModified" TEXT,
    "body" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "fileNames" TEXT NOT NULL DEFAULT '',
    "versions" TEXT NOT NULL DEFAULT '[]',
    "appliesTo" TEXT NOT NULL DEFAULT '[]',
    "editions" TEXT NOT NULL DEFAULT '[]',
    "footer" TEXT NOT NULL DEFAULT '{}',
    "hotfixAvailable" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);
INSERT INTO "new_Article" ("appliesTo", "body", "createdAt", "deletedAt", "editions", "footer", "hotfixAvailable", "id", "kbId", "kbNumber", "keywords", "lastModified", "product", "title", "updatedAt", "versions") SELECT "appliesTo", "body", "createdAt", "deletedAt", "editions", "footer", "hotfixAvailable", "id", "kbId", "kbNumber", "keywords", "lastModified", "product", "title", "updatedAt", "versions" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_kbId_key" ON "Article"("kbId");
CREATE INDEX "Article_kbNumber_idx" ON "Article"("kbNumber");
CREATE INDEX "Article_lastModified_idx" ON "Article"("lastModified");
CREATE INDEX "Article_title_idx" ON "Article"("title");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
