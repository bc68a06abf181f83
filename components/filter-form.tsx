import type { ProductCount } from "@/lib/articles/browse";
import { ISSUE_TYPES } from "@/lib/kb/issue-types";
import { EDITIONS } from "@/lib/nt/editions";
import { PLATFORM_INFO } from "@/lib/nt/platforms";
import { RELEASES } from "@/lib/nt/releases";
import type { FacetCounts } from "@/lib/search/facets";
import type { ArticleFilters } from "@/lib/search/filters";

const select =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

interface FilterFormProps {
  action: string;
  filters: ArticleFilters;
  products: readonly ProductCount[];
  /** what each value would give under the current query and the other filters */
  counts: FacetCounts;
  hidden?: Record<string, string | undefined>;
}

const number = (n: number) => n.toLocaleString("en-US");

/** SP1 < SP2 < ... < SP6 < SP6a, then the rest (SRP) by name. */
const packOrder = (a: string, b: string) =>
  Number(/\d+/.exec(a)?.[0] ?? 99) - Number(/\d+/.exec(b)?.[0] ?? 99) || a.localeCompare(b);

/** The filter column of the list and search pages. */
export function FilterSidebar(props: FilterFormProps) {
  return (
    <aside>
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Filter</h2>
      <FilterForm {...props} />
    </aside>
  );
}

/**
 * A labelled select whose empty choice is "Any"; each choice says how many articles it gives,
 * and one that gives none is disabled (unless it is the current choice).
 */
function AnySelect({
  label,
  name,
  value,
  choices,
  counts,
}: {
  label: string;
  name: string;
  value?: string | null;
  choices: readonly { id: string; label: string }[];
  counts: Record<string, number>;
}) {
  return (
    <label className="block">
      <span className="mb-1 block text-slate-600 dark:text-slate-400">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={select} data-facet={name}>
        <option value="">Any</option>
        {choices.map((c) => {
          const n = counts[c.id] ?? 0;
          return (
            <option key={c.id} value={c.id} disabled={n === 0 && c.id !== value} data-count={n}>
              {c.label} ({number(n)})
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** A checkbox filter with its count; disabled when it would give nothing. */
function CountedCheckbox({ name, label, checked, n }: { name: string; label: string; checked: boolean; n: number }) {
  return (
    <label className="flex items-center gap-2">
      <input
        type="checkbox"
        name={name}
        value="1"
        defaultChecked={checked}
        disabled={n === 0 && !checked}
        data-count={n}
      />
      {label} <span className="text-slate-500 dark:text-slate-400">({number(n)})</span>
    </label>
  );
}

/** The shared filter controls: a plain GET form, so filters live in the URL and work without JS. */
function FilterForm({ action, filters, products, counts, hidden = {} }: FilterFormProps) {
  const packs = [...new Set([...Object.keys(counts.sp), ...(filters.sp ? [filters.sp] : [])])].sort(packOrder);
  return (
    // keyed by the filters: a client-side navigation to other filters renders the choices anew
    // (React does not re-apply a select's defaultValue)
    <form key={JSON.stringify(filters)} action={action} method="get" className="space-y-3 text-sm" aria-label="Filters">
      {Object.entries(hidden).map(([k, v]) => v !== undefined && <input key={k} type="hidden" name={k} value={v} />)}
      <AnySelect label="Product" name="product" value={filters.product} choices={products} counts={counts.product} />
      <AnySelect label="Release" name="release" value={filters.release} choices={RELEASES} counts={counts.release} />
      <AnySelect
        label="Service pack"
        name="sp"
        value={filters.sp}
        choices={packs.map((id) => ({ id, label: id }))}
        counts={counts.sp}
      />
      <AnySelect label="Edition" name="edition" value={filters.edition} choices={EDITIONS} counts={counts.edition} />
      <AnySelect
        label="Platform"
        name="platform"
        value={filters.platform}
        choices={PLATFORM_INFO}
        counts={counts.platform}
      />
      <AnySelect label="Issue type" name="issue" value={filters.issue} choices={ISSUE_TYPES} counts={counts.issue} />
      <label className="block">
        <span className="mb-1 block text-slate-600 dark:text-slate-400">Keyword</span>
        <input name="keyword" defaultValue={filters.keyword ?? ""} placeholder="kbfix" className={select} />
      </label>
      <CountedCheckbox
        name="hasFiles"
        label="Has hotfix files"
        checked={filters.hasFiles === true}
        n={counts.hasFiles}
      />
      <CountedCheckbox name="fixed" label="Fixed in a service pack" checked={filters.fixed === true} n={counts.fixed} />
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
