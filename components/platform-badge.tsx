import { platformLabel } from "@/lib/nt/platforms";

const styles: Record<string, string> = {
  x86: "bg-sky-100 text-sky-800 dark:bg-sky-900/50 dark:text-sky-200",
  alpha: "bg-violet-100 text-violet-800 dark:bg-violet-900/50 dark:text-violet-200",
  mips: "bg-amber-100 text-amber-800 dark:bg-amber-900/50 dark:text-amber-200",
  ppc: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200",
};

export function PlatformBadge({ platform }: { platform: string | null }) {
  if (!platform) return <span className="text-slate-500 dark:text-slate-400">any</span>;
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${styles[platform] ?? ""}`}>
      {platformLabel(platform)}
    </span>
  );
}
