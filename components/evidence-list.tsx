import Link from "next/link";
import type { Evidence } from "@/lib/check/evaluate";

const KIND: Record<Evidence["kind"], string> = {
  statement: "The article says",
  "fix-list": "Fix list",
  keyword: "Fix keyword",
  hotfix: "Hotfix",
  "latest-by-date": '"Latest service pack", by date',
  files: "Hotfix files",
  none: "No fix",
  reading: "Related reading",
  installed: "Installed",
};

/** The reasons behind a verdict, each with its source: the "why" of /check and the article's fix panel. */
export function EvidenceList({ items, self }: { items: readonly Evidence[]; self: string }) {
  return (
    <ul className="mt-2 space-y-2 text-sm" data-testid="evidence">
      {items.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed per render
        <li key={i} data-kind={e.kind}>
          <span className="font-semibold">
            {KIND[e.kind]}
            {e.servicePack ? ` (${e.servicePack})` : ""}
          </span>
          {e.source.id !== self && (
            <>
              {": "}
              <Link href={`/kb/${e.source.id}`} className="text-blue-700 underline dark:text-blue-400">
                {e.source.id} {e.source.title}
              </Link>
              {e.source.section ? `, under “${e.source.section}”` : ""}
            </>
          )}
          {e.quote && (
            <q className="mt-0.5 block text-slate-600 italic before:content-none after:content-none dark:text-slate-400">
              {e.quote}
            </q>
          )}
        </li>
      ))}
    </ul>
  );
}
