import type Database from "better-sqlite3";
import type pg from "pg";
import { numbered } from "./postgres";

/** Statements in the SQL both databases share, `?` for each parameter. */
export interface Queryable {
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  get<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  run(sql: string, ...params: unknown[]): Promise<void>;
}

/** A SQLite connection, or a PostgreSQL pool or one of its connections. */
export type Connection = Database.Database | pg.Pool | pg.PoolClient;

export const isSqlite = (connection: Connection): connection is Database.Database => "prepare" in connection;

/** The connection as a Queryable: the one place `?` SQL meets either driver. */
export function queryableOf(connection: Connection): Queryable {
  if (isSqlite(connection))
    return {
      all: async (sql, ...params) => connection.prepare(sql).all(...params) as never,
      get: async (sql, ...params) => connection.prepare(sql).get(...params) as never,
      run: async (sql, ...params) => void connection.prepare(sql).run(...params),
    };
  const rows = async (sql: string, params: unknown[]) => (await connection.query(numbered(sql), params)).rows;
  return {
    all: (sql, ...params) => rows(sql, params),
    get: async (sql, ...params) => (await rows(sql, params))[0],
    run: async (sql, ...params) => void (await rows(sql, params)),
  };
}
