// Flags shared by the reliability scripts: `--short` (the CI form) and `--name=value` numbers.
const argv = process.argv.slice(2);

export const SHORT = argv.includes("--short");

/** `--name=N` (or `--name N`) as a number; `fallback` when absent. */
export function numberFlag(name: string, fallback: number): number {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return fallback;
  const raw = argv[i].includes("=") ? argv[i].slice(argv[i].indexOf("=") + 1) : argv[i + 1];
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    console.error(`--${name} must be a number (got ${JSON.stringify(raw)})`);
    process.exit(2);
  }
  return n;
}
