import { expect, test } from "vitest";
import { MATCH_CLOSE as C, MATCH_OPEN as O, snippetHtml } from "./snippet";

test("drops markdown markup and marks the matches", () => {
  expect(snippetHtml(`## Symptoms Some ${O}RAS${C} ports \`\`\`text C:\\> net use \`\`\` **bold**`)).toBe(
    "Symptoms Some <mark>RAS</mark> ports C:&gt; net use bold",
  );
});

test("article text cannot inject HTML", () => {
  const html = snippetHtml(`<script>alert(1)</script> ${O}x${C} <img src=x onerror=alert(1)>`);
  expect(html).not.toMatch(/<script|<img/);
  expect(html).toContain("&lt;script&gt;");
  expect(html).toContain("<mark>x</mark>");
});
