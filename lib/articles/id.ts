/** "Q244717", "q244717", "244717", " Q 244717 " → "Q244717"; anything else → null. */
export function normalizeKbId(input: string): string | null {
  const m = /^\s*q?\s*0*([1-9]\d{0,6})\s*$/i.exec(input);
  return m ? `Q${m[1]}` : null;
}

export function kbNumber(kbId: string): number {
  return Number(kbId.slice(1));
}
