import type { ServicePack } from "@/lib/nt/releases";

/**
 * The release's service packs left to right: where the user stands, and how many of the
 * problems that concern them are fixed in each later pack.
 */
export function ServicePackTimeline({
  packs,
  current,
  fixes,
}: {
  packs: readonly ServicePack[];
  current: string | null;
  fixes: Map<string, number>;
}) {
  const currentLevel = packs.find((p) => p.id === current)?.level ?? 0;
  const max = Math.max(1, ...fixes.values());
  const stops = [{ id: "none", label: "Release", level: 0, released: null as string | null }, ...packs];
  return (
    <figure
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      data-testid="timeline"
    >
      <figcaption className="mb-3 text-sm font-semibold">
        Service-pack timeline: fixes waiting for you in each later service pack
      </figcaption>
      <ol className="flex items-end gap-1 overflow-x-auto pb-1">
        {stops.map((p) => {
          const count = fixes.get(p.id) ?? 0;
          const isYou = p.level === currentLevel && (p.id === current || (current === null && p.id === "none"));
          const later = p.level > currentLevel;
          return (
            <li
              key={p.id}
              className="flex min-w-16 flex-1 flex-col items-center text-xs"
              aria-label={`${p.id === "none" ? "No service pack" : p.id}${isYou ? ", your system" : ""}${later ? `, ${count} fixes` : ""}`}
            >
              <span className="mb-1 tabular-nums text-slate-600 dark:text-slate-300">{later ? count : ""}</span>
              <span
                className={`w-6 rounded-t ${later ? "bg-emerald-500" : "bg-slate-200 dark:bg-slate-700"}`}
                style={{ height: `${later ? 8 + (count / max) * 72 : 4}px` }}
              />
              <span
                className={`mt-1 h-3 w-3 rounded-full border-2 ${isYou ? "border-blue-700 bg-blue-600" : "border-slate-400 bg-white dark:bg-slate-900"}`}
              />
              <span
                className={`mt-1 whitespace-nowrap ${isYou ? "font-semibold text-blue-700 dark:text-blue-400" : ""}`}
              >
                {p.id === "none" ? "Release" : p.id}
              </span>
              {isYou && (
                <span className="text-[10px] font-semibold uppercase text-blue-700 dark:text-blue-400">you</span>
              )}
              {"released" in p && p.released && (
                <span className="text-[10px] text-slate-500 dark:text-slate-400">{p.released.slice(0, 4)}</span>
              )}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
