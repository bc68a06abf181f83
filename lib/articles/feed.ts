import { escapeHtml } from "../search/html";
import type { FeedEntry } from "./queries";

/** An Atom 1.0 document of recently modified articles. */
export function atomFeed(entries: FeedEntry[], origin: string): string {
  const updated = new Date(Math.max(0, ...entries.map((e) => e.updatedAt.getTime())));
  const items = entries.map((e) => {
    const url = `${origin}/kb/${e.kbId}`;
    const when = e.lastModified ? `${e.lastModified}T00:00:00Z` : e.updatedAt.toISOString();
    return `  <entry>
    <id>${escapeHtml(url)}</id>
    <title>${escapeHtml(`${e.kbId}: ${e.title}`)}</title>
    <link rel="alternate" href="${escapeHtml(url)}"/>
    <updated>${when}</updated>
    <summary>${escapeHtml(`${e.product} article. Keywords: ${e.keywords || "none"}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeHtml(origin)}/</id>
  <title>KB Fix Tracker: recently modified articles</title>
  <link rel="self" href="${escapeHtml(origin)}/feed.xml"/>
  <link rel="alternate" href="${escapeHtml(origin)}/"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>KB Fix Tracker</name></author>
${items.join("\n")}
</feed>
`;
}
