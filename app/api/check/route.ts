import { parseCheckQuery } from "@/lib/check/query";
import { toApiResult, toCsv } from "@/lib/check/present";
import { checkMySystem } from "@/lib/check/service";
import { firstValues } from "@/lib/search/filters";
import { badRequest } from "@/lib/http";

// GET /api/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha (or build=, ver=),
// optional status=hotfix,upgrade, installed=<file attributes>, format=csv.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = firstValues(url.searchParams);
  const { system, rest } = parseCheckQuery(query);
  if (!system.success) return badRequest(system.error);
  if (!rest.success) return badRequest(rest.error);
  const result = await checkMySystem(system.data, rest.data.installed);
  if (query.format === "csv") {
    return new Response(toCsv(result, url.origin), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="kb-check.csv"' },
    });
  }
  return Response.json(toApiResult(result, rest.data.status));
}
