/**
 * True when the path part of a request URL has broken percent-encoding (`/kb/%E0`, `/kb/%`).
 * Next.js answers those with a bare 500 while decoding route parameters, before any of our
 * code runs, so the server turns them away first. A NUL (`%00`) names nothing either, and
 * PostgreSQL refuses it in any text. Costs nothing for paths without `%`.
 */
export function isMalformedPath(url: string): boolean {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (!path.includes("%")) return false;
  try {
    return decodeURIComponent(path).includes("\0");
  } catch {
    return true;
  }
}
