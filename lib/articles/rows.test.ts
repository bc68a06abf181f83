import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { txtPath } from "../corpus";
import { parseArticle } from "../kb";
import { articleRows } from "./rows";

test("no control character reaches the rows (NUL, match markers), tabs and line ends kept", () => {
  const text = readFileSync(txtPath("Q244717"), "latin1").replace("RAS Port", "RAS\u0000 Port\u0002");
  const parsed = parseArticle(text, { path: "Q244717.TXT" });
  if (!parsed.ok) throw new Error(parsed.error);
  const rows = articleRows({ ...parsed.article, keywords: [...parsed.article.keywords, "kb\u0003x"] });
  const json = JSON.stringify(rows);
  expect(json).not.toMatch(/\\u000[0-3]/);
  expect(rows.article.title).toBe("RAS Port Becomes Unavailable in Windows NT 4.0 Terminal Server");
  expect(rows.article.body).toContain("\n");
  expect(rows.keywords).toContain("kbx");
});
