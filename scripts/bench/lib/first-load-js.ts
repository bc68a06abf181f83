import { gzipSync } from "node:zlib";

/**
 * The JavaScript a browser loads with a page: every module script it names (not the nomodule
 * polyfills a current browser skips), each gzipped at level 9; bytes per script, largest first.
 */
export async function firstLoadJs(base: string, path: string): Promise<{ total: number; scripts: [string, number][] }> {
  const html = await (await fetch(base + path)).text();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter(([, attrs]) => !/\bnomodule\b/i.test(attrs))
    .map(([, attrs]) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((s): s is string => !!s);
  const scripts = await Promise.all(
    [...new Set(srcs)].map(async (src): Promise<[string, number]> => {
      const body = Buffer.from(await (await fetch(base + src)).arrayBuffer());
      return [src, gzipSync(body, { level: 9 }).length];
    }),
  );
  scripts.sort((a, b) => b[1] - a[1]);
  return { total: scripts.reduce((n, [, size]) => n + size, 0), scripts };
}
