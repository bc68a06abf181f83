// Facet counts against what choosing each value gives, on real corpus articles: for every value
// of every facet, under a query and without one, the count equals the results after choosing it.
import { beforeAll, describe, expect, test } from "vitest";
import { corpusDatabase } from "../db/__fixtures__/corpus-db";
import { browseSchema, searchSchema } from "./filters";

beforeAll(() => corpusDatabase("facets", 16, "236"), 60_000);

/** Every (filter, value) a facet offers with a count, as the URL would carry it. */
function choices(counts: Awaited<ReturnType<typeof import("./facets").facetCounts>>) {
  const out: { filter: Record<string, string>; n: number }[] = [];
  for (const key of ["product", "release", "sp", "edition", "platform", "issue"] as const)
    for (const [value, n] of Object.entries(counts[key])) out.push({ filter: { [key]: value }, n });
  out.push({ filter: { hasFiles: "1" }, n: counts.hasFiles }, { filter: { fixed: "1" }, n: counts.fixed });
  return out;
}

describe("facet counts", () => {
  test("on /kb, each value's count is the number of articles choosing it lists", async () => {
    const { facetCounts } = await import("./facets");
    const { browseArticles } = await import("../articles/browse");
    for (const base of [{}, { fixed: "0" }, { hasFiles: "0", edition: "server" }]) {
      const counts = await facetCounts(browseSchema.parse(base));
      const offered = choices(counts);
      expect(offered.length).toBeGreaterThan(10);
      for (const { filter, n } of offered) {
        const { total } = await browseArticles(browseSchema.parse({ ...base, ...filter }));
        expect({ base, filter, n: total }).toEqual({ base, filter, n });
      }
    }
  });

  test("a query with nothing searchable counts nothing, as its results are none", async () => {
    const { searchFacets } = await import("./facets");
    const { counts } = await searchFacets(searchSchema.parse({ q: "!!!" }));
    expect(choices(counts).filter((c) => c.n > 0)).toEqual([]);
  });

  test.each(["ras port", "printer", "stop 0a", "printer ras zebra", "zebra quokka printer"])(
    "under the query %j, with other filters set, each count is what choosing it gives",
    async (q) => {
      const { countedResults, searchFacets } = await import("./facets");
      const { searchArticles } = await import("./search");
      const bases = [
        {},
        { release: "4.0" },
        { sp: "SP3", edition: "server", hasFiles: "1" },
        { platform: "x86", fixed: "0", keyword: "kbbug" },
        { product: "winnt", issue: "kbbug", fixed: "1" },
      ];
      for (const base of bases) {
        const { counts, words } = await searchFacets(searchSchema.parse({ q, ...base }));
        for (const { filter, n } of choices(counts)) {
          const chosen = await searchArticles(searchSchema.parse({ q, ...base, ...filter }));
          const shown = countedResults(chosen, words);
          expect({ q, base, filter, n: shown }).toEqual({ q, base, filter, n });
        }
      }
    },
  );
});
