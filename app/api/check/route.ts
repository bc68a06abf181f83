import { parseCheckQuery } from "@/lib/check/query";
import { toCsv } from "@/lib/check/present";
import { getSystemCheck, getSystemCheckJson } from "@/lib/check/get-system-check";
import { firstValues } from "@/lib/search/filters";
import { errorResponse } from "@/lib/http/api-error";
import { invalidInput } from "@/lib/validations/issues";

// GET /api/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha (or build=, ver=),
// optional status=hotfix,upgrade, limit= (100), offset=, installed=<file attributes>, hotfixes=<pasted Q numbers>, format=csv (every result).
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = firstValues(url.searchParams);
  const { system, rest } = parseCheckQuery(query);
  if (!system.success) return errorResponse(invalidInput(system.error));
  if (!rest.success) return errorResponse(invalidInput(rest.error));
  if (query.format === "csv") {
    const result = await getSystemCheck(system.data, rest.data);
    return new Response(toCsv(result, url.origin), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="kb-check.csv"',
      },
    });
  }
  return new Response(await getSystemCheckJson(system.data, rest.data), {
    headers: { "Content-Type": "application/json" },
  });
}
