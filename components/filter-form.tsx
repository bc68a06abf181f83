import type { ArticleFilters } from "@/lib/search/filters";
import { EDITIONS } from "@/lib/nt/editions";
import { RELEASES } from "@/lib/nt/releases";
import { PLATFORM_INFO } from "@/lib/nt/platforms";

const select =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

/** The shared filter controls: a plain GET form, so filters live in the URL and work without JS. */
export function FilterForm({
  action,
  filters,
  products,
  hidden = {},
}: {
  action: string;
  filters: ArticleFilters;
  products: string[];
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <form action={action} method="get" className="space-y-3 text-sm" aria-label="Filters">
      {Object.entries(hidden).map(([k, v]) => v !== undefined && <input key={k} type="hidden" name={k} value={v} />)}
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Product</span>
        <select name="product" defaultValue={filters.product ?? ""} className={select}>
          <option value="">Any</option>
          {products.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Release</span>
        <select name="release" defaultValue={filters.release ?? ""} className={select}>
          <option value="">Any</option>
          {RELEASES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Service pack</span>
        <input name="sp" defaultValue={filters.sp ?? ""} placeholder="SP5" className={select} />
      </label>
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Edition</span>
        <select name="edition" defaultValue={filters.edition ?? ""} className={select}>
          <option value="">Any</option>
          {EDITIONS.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Platform</span>
        <select name="platform" defaultValue={filters.platform ?? ""} className={select}>
          <option value="">Any</option>
          {PLATFORM_INFO.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Keyword</span>
        <input name="keyword" defaultValue={filters.keyword ?? ""} placeholder="kbfix" className={select} />
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="hasFiles" value="1" defaultChecked={filters.hasFiles === true} />
        Has hotfix files
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="fixed" value="1" defaultChecked={filters.fixed === true} />
        Fixed in a service pack
      </label>
      <div className="flex gap-2 pt-1">
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
          Apply filters
        </button>
        <a
          href={action}
          className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Clear
        </a>
      </div>
    </form>
  );
}
