import { expect, test } from "vitest";
import { renderMarkdown } from "../markdown/render";
import { sectionOf } from "./section";

test("the section a match falls in is the last heading before it, with the id the page gives it", () => {
  const body =
    "## Symptoms\n\nIt hangs.\n\n## More Information\n\nSee Q238171.\n\n## Status\n\nMicrosoft has confirmed";
  const at = (word: string) => body.slice(0, body.indexOf(word) + 1);
  expect(sectionOf(at("hangs"))).toBe("symptoms");
  expect(sectionOf(at("Q238171"))).toBe("more-information");
  expect(sectionOf(at("confirmed"))).toBe("status");
  expect(sectionOf("")).toBeNull();
  // a match in a heading names that heading; a repeated heading has the page's "-1" id; fences are text
  expect(sectionOf("## Symptoms\n\nx\n\n## More Information")).toBe("more-information");
  expect(sectionOf("## Status\n\na\n\n## Status\n\nb")).toBe("status-1");
  expect(sectionOf("## Cause\n\n```text\n## not a heading\n```\nhere")).toBe("cause");
  expect(renderMarkdown("## Status\n\na\n\n## Status\n\nb")).toContain('id="status-1"');
  for (const id of ["symptoms", "more-information", "status"])
    expect(renderMarkdown(body)).toContain(`<h2 id="${id}">`);
});
