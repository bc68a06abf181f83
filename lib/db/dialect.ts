import { databaseProvider } from "../env";

/**
 * The few SQL spellings SQLite and PostgreSQL do not share, for the raw SQL of lib/. Everything
 * else is written once, in the common subset: quoted camelCase identifiers ("kbId", which
 * PostgreSQL would otherwise fold to kbid), ON CONFLICT DO NOTHING, count(*) read through Number().
 */
export interface Dialect {
  /** an ORDER BY term that ignores case */
  caseless(column: string): string;
  /** an aggregate of `expr` into one JSON array, as text; `json`: expr is JSON text to nest */
  jsonArrayOf(expr: string, json: boolean): string;
  /** a JSON array of the expressions, as JSON */
  jsonRow(exprs: string[]): string;
}

const SQLITE: Dialect = {
  caseless: (column) => `${column} COLLATE NOCASE`,
  jsonArrayOf: (expr, json) => `json_group_array(${json ? `json(${expr})` : expr})`,
  jsonRow: (exprs) => `json_array(${exprs.join(", ")})`,
};

const POSTGRES: Dialect = {
  caseless: (column) => `lower(${column})`,
  jsonArrayOf: (expr) => `coalesce(json_agg(${expr})::text, '[]')`,
  jsonRow: (exprs) => `json_build_array(${exprs.join(", ")})`,
};

export const dialect = (): Dialect => (databaseProvider() === "postgresql" ? POSTGRES : SQLITE);
