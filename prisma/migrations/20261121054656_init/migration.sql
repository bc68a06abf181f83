-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kbId" TEXT NOT NULL,
    "kbNumber" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "lastModified" TEXT,
    "body" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "versions" TEXT NOT NULL DEFAULT '[]',
    "appliesTo" TEXT NOT NULL DEFAULT '[]',
    "editions" TEXT NOT NULL DEFAULT '[]',
    "footer" TEXT NOT NULL DEFAULT '{}',
    "hotfixAvailable" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AppliesTo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "release" TEXT NOT NULL,
    "servicePack" TEXT,
    "edition" TEXT,
    CONSTRAINT "AppliesTo_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HotfixFile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "size" INTEGER,
    "platform" TEXT,
    "date" TEXT,
    "time" TEXT,
    "version" TEXT,
    CONSTRAINT "HotfixFile_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FixedIn" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "release" TEXT,
    "servicePack" TEXT NOT NULL,
    CONSTRAINT "FixedIn_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reference" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "targetKbId" TEXT NOT NULL,
    CONSTRAINT "Reference_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleKeyword" (
    "articleId" INTEGER NOT NULL,
    "keyword" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "keyword"),
    CONSTRAINT "ArticleKeyword_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_kbId_key" ON "Article"("kbId");

-- CreateIndex
CREATE INDEX "Article_kbNumber_idx" ON "Article"("kbNumber");

-- CreateIndex
CREATE INDEX "Article_lastModified_idx" ON "Article"("lastModified");

-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article"("title");

-- CreateIndex
CREATE INDEX "AppliesTo_articleId_idx" ON "AppliesTo"("articleId");

-- CreateIndex
CREATE INDEX "AppliesTo_release_servicePack_idx" ON "AppliesTo"("release", "servicePack");

-- CreateIndex
CREATE INDEX "AppliesTo_edition_idx" ON "AppliesTo"("edition");

-- CreateIndex
CREATE INDEX "HotfixFile_articleId_idx" ON "HotfixFile"("articleId");

-- CreateIndex
CREATE INDEX "HotfixFile_nameKey_idx" ON "HotfixFile"("nameKey");

-- CreateIndex
CREATE INDEX "FixedIn_articleId_idx" ON "FixedIn"("articleId");

-- CreateIndex
CREATE INDEX "FixedIn_servicePack_idx" ON "FixedIn"("servicePack");

-- CreateIndex
CREATE INDEX "Reference_targetKbId_idx" ON "Reference"("targetKbId");

-- CreateIndex
CREATE UNIQUE INDEX "Reference_sourceId_targetKbId_key" ON "Reference"("sourceId", "targetKbId");

-- CreateIndex
CREATE INDEX "ArticleKeyword_keyword_idx" ON "ArticleKeyword"("keyword");
