import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  MIGRATION_SQL,
  SqlStore,
  StoreInputError,
  pendingMigrations,
  readText
} from "./chunk-7DBNCOUC.js";
import "./chunk-3GBDCY7Q.js";
import {
  esm_default
} from "./chunk-H4D52SFG.js";
import "./chunk-I63FROPD.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/engine/store/pg-store.ts
var SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
function openPgStore(options) {
  const { schema } = options;
  if (schema !== void 0 && !SCHEMA_NAME.test(schema))
    throw new StoreInputError("schema", `${JSON.stringify(schema)} is not a plain lower-case identifier (a-z, 0-9, _)`);
  const pool = new esm_default.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    // Set at connection start, so no query can ever run against another search_path.
    ...schema !== void 0 ? { options: `-c search_path=${schema}` } : {}
  });
  pool.on("error", () => void 0);
  return new SqlStore(new PgDriver(pool, schema), options);
}
function executor(client) {
  return {
    query: async (sql, params) => (await client.query(sql, params ? [...params] : [])).rows,
    exec: async (sql) => {
      await client.query(sql);
    }
  };
}
function lockKey(schema) {
  let h = 2166136261;
  for (const ch of `oda-migrate:${schema}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h & 2147483647;
}
var PgDriver = class {
  kind = "postgres";
  #pool;
  #schema;
  #direct;
  constructor(pool, schema) {
    this.#pool = pool;
    this.#schema = schema;
    this.#direct = executor(pool);
  }
  query(sql, params) {
    return this.#direct.query(sql, params);
  }
  exec(sql) {
    return this.#direct.exec(sql);
  }
  write(sql, params) {
    return this.#direct.query(sql, params);
  }
  async migrate(list, nowMs) {
    const client = await this.#pool.connect();
    let broken = false;
    try {
      const tx = executor(client);
      await client.query("BEGIN");
      await tx.query("SELECT pg_advisory_xact_lock($1)", [lockKey(this.#schema ?? "")]);
      if (this.#schema !== void 0) await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${this.#schema}`);
      await tx.exec(MIGRATION_SQL.createTable);
      const pending = pendingMigrations(
        list,
        (await tx.query(MIGRATION_SQL.selectApplied)).map((r) => readText(r, "id"))
      );
      for (const m of pending) {
        await tx.exec(m.sql);
        await tx.query(MIGRATION_SQL.recordApplied, [m.id, nowMs]);
      }
      await client.query("COMMIT");
      return pending.map((m) => m.id);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
  async close() {
    await this.#pool.end();
  }
};
export {
  openPgStore
};
