import type { Metadata } from "next";
import Link from "next/link";
import { PlatformBadge } from "@/components/platform-badge";
import { SimilarFileNames } from "@/components/similar-file-names";
import { similarFileNames } from "@/lib/articles/file-names";
import { articlesShippingFile } from "@/lib/articles/queries";

type Props = { params: Promise<{ name: string }> };

// Next 16 hands generateMetadata the file name decoded, but the page still percent-encoded
// (`a%2520b.dll` arrives as "a%20b.dll" and "a%2520b.dll"): the page decodes it once. Addresses
// that cannot be decoded never get here (scripts/lib/serve.ts answers them with a 404).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `File ${(await params).name.slice(0, 100)}` };
}

/** The name as the address gave it; as it came, should a future Next hand it over decoded already. */
function decodedOnce(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const bytes = new Intl.NumberFormat("en-US");
const COLUMNS = ["Platform", "Date", "Version", "Size", "Article"];

export default async function FilePage({ params }: Props) {
  const name = decodedOnce((await params).name).slice(0, 255);
  const shipments = await articlesShippingFile(name);
  const similar = shipments.length === 0 ? await similarFileNames(name) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        <span className="font-mono">{name}</span>
      </h1>
      <p className="text-slate-600 dark:text-slate-400">
        {shipments.length === 0
          ? "No hotfix in the knowledge base ships a file of this name."
          : `${shipments.length} hotfix ${shipments.length === 1 ? "file" : "files"} in ${new Set(shipments.map((s) => s.kbId)).size} articles, newest first for each platform.`}
      </p>
      {shipments.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className={`px-3 py-2 ${c === "Size" ? "text-right" : ""}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {shipments.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a shipment row has no id of its own, and the list never reorders
                <tr key={i} className="bg-white dark:bg-slate-950">
                  <td className="px-3 py-1.5">
                    <PlatformBadge platform={s.file.platform} />
                  </td>
                  <td className="px-3 py-1.5 font-mono">{s.file.date ?? "—"}</td>
                  <td className="px-3 py-1.5 font-mono">{s.file.version ?? "—"}</td>
                  <td className="px-3 py-1.5 text-right font-mono">
                    {s.file.size === null ? "—" : bytes.format(s.file.size)}
                  </td>
                  <td className="px-3 py-1.5">
                    <Link href={`/kb/${s.kbId}`} className="text-blue-700 hover:underline dark:text-blue-400">
                      <span className="font-mono">{s.kbId}</span> {s.title}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SimilarFileNames names={similar} />
    </div>
  );
}
