/**
 * True when the path part of a request URL has broken percent-encoding (`/kb/%E0`, `/kb/%`).
 * Next.js answers those with a bare 500 while decoding route parameters, before any of our
 * code runs, so the server turns them away first. Costs nothing for paths without `%`.
 */
export function isMalformedPath(url: string): boolean {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
