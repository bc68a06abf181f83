import type { ProductCount } from "@/lib/articles/browse";
import type { ArticleFilters } from "@/lib/search/filters";
import { EDITIONS } from "@/lib/nt/editions";
import { RELEASES } from "@/lib/nt/releases";
import { PLATFORM_INFO } from "@/lib/nt/platforms";

const select =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

interface FilterFormProps {
  action: string;
  filters: ArticleFilters;
  products: readonly ProductCount[];
  hidden?: Record<string, string | undefined>;
}

/** The filter column of the list and search pages. */
export function FilterSidebar(props: FilterFormProps) {
  return (
    <aside>
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Filter</h2>
      <FilterForm {...props} />
    </aside>
  );
}

/** A labelled select whose empty choice is "Any". */
function AnySelect({
  label,
  name,
  value,
  choices,
}: {
  label: string;
  name: string;
  value?: string | null;
  choices: readonly { id: string; label: string }[];
}) {
  return (
    <label className="block">
      <span className="mb-1 block text-slate-600 dark:text-slate-400">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={select}>
        <option value="">Any</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The shared filter controls: a plain GET form, so filters live in the URL and work without JS. */
function FilterForm({ action, filters, products, hidden = {} }: FilterFormProps) {
  return (
    <form action={action} method="get" className="space-y-3 text-sm" aria-label="Filters">
      {Object.entries(hidden).map(([k, v]) => v !== undefined && <input key={k} type="hidden" name={k} value={v} />)}
      <AnySelect
        label="Product"
        name="product"
        value={filters.product}
        choices={products.map((p) => ({ id: p.id, label: `${p.label} (${p.count.toLocaleString("en-US")})` }))}
      />
      <AnySelect label="Release" name="release" value={filters.release} choices={RELEASES} />
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Service pack</span>
        <input name="sp" defaultValue={filters.sp ?? ""} placeholder="SP5" className={select} />
      </label>
      <AnySelect label="Edition" name="edition" value={filters.edition} choices={EDITIONS} />
      <AnySelect label="Platform" name="platform" value={filters.platform} choices={PLATFORM_INFO} />
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
