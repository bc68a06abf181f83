/** Where to go after sign-in: a path of this site, or /admin. A crafted ?next= must not lead elsewhere. */
export function safeNext(next: string): string {
  // Browsers drop tabs and newlines in a URL and read a backslash as "/": "/\t/evil.example"
  // and "/\evil.example" are both "//evil.example", another site.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (!next.startsWith("/") || /[\u0000-\u001f\\]/.test(next)) return "/admin";
  const base = "http://kb.invalid";
  return new URL(next, base).origin === base && !next.startsWith("//") ? next : "/admin";
}
