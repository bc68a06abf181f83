import { atomFeed } from "@/lib/articles/feed";
import { recentlyModified } from "@/lib/articles/queries";

export async function GET(request: Request) {
  const xml = atomFeed(await recentlyModified(50), new URL(request.url).origin);
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
