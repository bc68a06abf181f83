// KEYWORDS tokens as the KB wrote them are often glued together ("kbWinNT400sp5fixkbfixlist",
// "kbuikbfixlist"); every keyword starts with "kb", so a "kb" inside a token starts the next one.

/** Keywords with glued ones split, as written: ["kbui", "kbfixlist"]; duplicates (any case) once. */
export function splitKeywords(tokens: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    for (const part of token.split(/(?=kb)/i))
      if (part && !seen.has(part.toLowerCase())) seen.set(part.toLowerCase(), part);
  }
  return [...seen.values()];
}
