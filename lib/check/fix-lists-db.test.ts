// Fix lists on a real SQLite file: read whichever order articles are imported in, re-applied
// when an admin edits the list, withdrawn when it is deleted.
import type Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getStoredArticle } from "../admin/stored-article";
import { saveArticle, setArticleDeleted } from "../admin/save-article";
import { txtPath } from "../corpus";
import { ensureDatabase } from "../db/ensure";
import { openSqlite } from "../db/sqlite";
import { importArticles } from "../import/import";
import { getCatalog } from "./load-catalog";

// Before any import: the Prisma client reads DATABASE_URL when its module loads.
await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-fixlists-")), "kb.db")}`;
});

let db: Database.Database;
const editor = { id: 1, email: "ed@example.com" };
const listed = async () =>
  (await getCatalog()).byId
    .get("Q238171")!
    .evidence.filter((e) => e.kind === "fix-list")
    .map((e) => `${e.source.id} ${e.servicePack} ${e.section}`);

beforeAll(async () => {
  await ensureDatabase();
  db = openSqlite();
  db.prepare(
    `INSERT INTO "User" (id, email, role, passwordHash, createdAt, updatedAt) VALUES (1, 'ed@example.com', 'editor', 'x', '2001-01-01', '2001-01-01')`,
  ).run();
});

describe("fix lists in the database", () => {
  it("a list imported after the article it names still applies to it", async () => {
    await importArticles(db, [txtPath("Q238171")]);
    expect(await listed()).toEqual([]);
    await importArticles(db, [txtPath("Q244690")]);
    expect(await listed()).toEqual(["Q244690 SP6 Networking"]);
  });

  it("an admin's edit of the list is applied again: taking the line out takes the evidence out", async () => {
    const stored = (await getStoredArticle("Q244690"))!;
    const body = stored.input.body.replace(/^Q238171 .*\n/m, "");
    expect(body).not.toBe(stored.input.body);
    const saved = await saveArticle({
      mode: "update",
      kbId: "Q244690",
      baseRevision: stored.revision,
      input: { ...stored.input, body },
      editor,
    });
    expect(saved.ok).toBe(true);
    expect(await listed()).toEqual([]);
    // ... and putting it back under another heading lists it there.
    const again = (await getStoredArticle("Q244690"))!;
    const back = again.input.body.replace(
      "### Security\n",
      "### Security\n\nQ238171 RAS Port Becomes Unavailable in Windows NT 4.0\n",
    );
    await saveArticle({
      mode: "update",
      kbId: "Q244690",
      baseRevision: again.revision,
      input: { ...again.input, body: back },
      editor,
    });
    expect(await listed()).toEqual(["Q244690 SP6 Security"]);
  });

  it("a deleted list no longer vouches for anything, and a restored one does again", async () => {
    await setArticleDeleted("Q244690", true, editor);
    expect(await listed()).toEqual([]);
    await setArticleDeleted("Q244690", false, editor);
    expect(await listed()).toEqual(["Q244690 SP6 Security"]);
  });
});
