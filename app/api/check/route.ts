import { parseCheckQuery } from "@/lib/check/query";
import { toCsv } from "@/lib/check/present";
import { checkMySystem, checkMySystemJson } from "@/lib/check/service";
import { firstValues } from "@/lib/search/filters";
import { badRequest } from "@/lib/validation";

// GET /api/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha (or build=, ver=),
// optional status=hotfix,upgrade, limit= (100), offset=, installed=<file attributes>, format=csv (every result).
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = firstValues(url.searchParams);
  const { system, rest } = parseCheckQuery(query);
  if (!system.success) return badRequest(system.error);
  if (!rest.success) return badRequest(rest.error);
  if (query.format === "csv") {
    const result = await checkMySystem(system.data, rest.data.installed);
    return new Response(toCsv(result, url.origin), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="kb-check.csv"' },
    });
  }
  return new Response(await checkMySystemJson(system.data, rest.data), { headers: { "Content-Type": "application/json" } });
}
