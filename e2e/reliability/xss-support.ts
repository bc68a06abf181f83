// The XSS payload list and what "executed or could execute" means on a page.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";

const PLACEHOLDERS: Record<string, string> = { "{TAB}": "\t", "{LF}": "\n", "{CR}": "\r", "{NUL}": "\0" };

export function loadPayloads(): string[] {
  return readFileSync(new URL("./xss-payloads.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("%%"))
    .map((line) => line.replace(/\{(TAB|LF|CR|NUL)\}/g, (m) => PLACEHOLDERS[m]));
}

/** Every dialog a page opens (alert, confirm, prompt): each one is a payload that ran. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}(${d.message()})`);
    d.dismiss().catch(() => {});
  });
  return dialogs;
}

/**
 * What would run with a click, a hover or a focus even if nothing ran yet: scripting elements,
 * event-handler attributes, script URLs, srcdoc and CSS expressions under `root`.
 */
export async function dangerousMarkup(root: Locator): Promise<string[]> {
  // an error page has no <main>: say so rather than wait for one
  if ((await root.count()) === 0) return ["the page has no such element (an error page?)"];
  return root.first().evaluate(
    (el) => {
      const found: string[] = [];
      const scriptUrl = /^(javascript|vbscript|livescript|data:text\/html|data:image\/svg)/i;
      for (const node of [el, ...el.querySelectorAll("*")]) {
        const tag = node.tagName.toLowerCase();
        if (/^(script|iframe|frame|frameset|object|embed|applet|base|meta|link|style|template)$/.test(tag))
          found.push(`<${tag}>`);
        for (const attr of node.attributes) {
          const name = attr.name.toLowerCase();
          // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore control characters in a URL scheme, so the check strips them too
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, "");
          if (name.startsWith("on")) found.push(`${tag}[${name}]`);
          else if (name === "srcdoc") found.push(`${tag}[srcdoc]`);
          else if (name === "style" && /expression\(|javascript:|url\(/i.test(value))
            found.push(`${tag}[style=${value.slice(0, 40)}]`);
          else if (
            /^(href|src|action|formaction|xlink:href|data|poster|background|dynsrc|lowsrc|codebase|cite)$/.test(name) &&
            scriptUrl.test(value)
          )
            found.push(`${tag}[${name}=${value.slice(0, 40)}]`);
        }
      }
      return found;
    },
    undefined,
    { timeout: 10_000 },
  );
}

/** A `<script` tag in serialized HTML (inside a quoted attribute value it is only text). */
export function hasScriptTag(html: string): boolean {
  return /<script/i.test(html.replace(/"[^"]*"|'[^']*'/g, '""'));
}
