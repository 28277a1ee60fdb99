import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  MIGRATION_SQL,
  SqlStore,
  pendingMigrations,
  readText
} from "./chunk-7DBNCOUC.js";

// src/engine/store/open-store.ts
import { join } from "node:path";

// src/engine/store/sqlite-store.ts
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/engine/store/load-sqlite.ts
function loadSqlite() {
  const mod = process.getBuiltinModule("node:sqlite");
  if (!mod)
    throw new Error(`oda needs Node.js 24 or newer (node:sqlite is missing); this is Node.js ${process.versions.node}`);
  return mod;
}

// src/engine/store/sqlite-store.ts
function openSqliteStore(options) {
  mkdirSync(dirname(options.file), { recursive: true, mode: 448 });
  return new SqlStore(new SqliteDriver(resolve(options.file), options.busyTimeoutMs ?? 1e4), options);
}
function toSqlite(sql) {
  return sql.replace(/\$(\d+)/g, "?$1");
}
var gates = /* @__PURE__ */ new Map();
var SqliteDriver = class {
  kind = "sqlite";
  #file;
  #db;
  #statements = /* @__PURE__ */ new Map();
  #gate;
  constructor(file, busyTimeoutMs) {
    this.#file = file;
    this.#db = new (loadSqlite()).DatabaseSync(file, { timeout: busyTimeoutMs });
    this.#db.exec("PRAGMA journal_mode = WAL");
    this.#db.exec("PRAGMA synchronous = NORMAL");
    const gate = gates.get(file) ?? { tail: Promise.resolve(), users: 0 };
    gate.users += 1;
    gates.set(file, gate);
    this.#gate = gate;
  }
  #run(sql, params) {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(toSqlite(sql));
      this.#statements.set(sql, stmt);
    }
    return stmt.all(...params);
  }
  #serial(fn) {
    const result = this.#gate.tail.then(fn);
    this.#gate.tail = result.catch(() => void 0);
    return result;
  }
  query(sql, params = []) {
    return this.#serial(() => this.#run(sql, params));
  }
  exec(sql) {
    return this.#serial(() => this.#db.exec(sql));
  }
  write(sql, params = []) {
    return this.#serial(() => {
      this.#db.exec("BEGIN IMMEDIATE");
      try {
        const rows = this.#run(sql, params);
        this.#db.exec("COMMIT");
        return rows;
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec("ROLLBACK");
        throw error;
      }
    });
  }
  migrate(list, nowMs) {
    return this.#serial(() => {
      this.#db.exec("BEGIN IMMEDIATE");
      try {
        this.#db.exec(MIGRATION_SQL.createTable);
        const pending = pendingMigrations(
          list,
          this.#run(MIGRATION_SQL.selectApplied, []).map((r) => readText(r, "id"))
        );
        for (const m of pending) {
          this.#db.exec(m.sql);
          this.#run(MIGRATION_SQL.recordApplied, [m.id, nowMs]);
        }
        this.#db.exec("COMMIT");
        return pending.map((m) => m.id);
      } catch (error) {
        if (this.#db.isTransaction) this.#db.exec("ROLLBACK");
        throw error;
      }
    });
  }
  async close() {
    await this.#serial(() => {
      this.#statements.clear();
      this.#db.close();
    });
    this.#gate.users -= 1;
    if (this.#gate.users === 0 && gates.get(this.#file) === this.#gate) gates.delete(this.#file);
  }
};

// src/engine/store/store-open-error.ts
var StoreOpenError = class extends Error {
  name = "StoreOpenError";
  /** A wrong DATABASE_URL or data dir is configuration: faces answer exit code 2. */
  usage = true;
  /** Where the store was looked for, with any password masked. */
  location;
  constructor(location, options) {
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`cannot open the store at ${location}: ${why}. Check DATABASE_URL or ODA_DATA_DIR.`, options);
    this.location = location;
  }
};

// src/engine/store/open-store.ts
var SQLITE_FILE = "oda.sqlite";
async function openStore(options) {
  const { databaseUrl, dataDir } = options;
  if (!databaseUrl && !dataDir)
    throw new StoreOpenError("(nowhere)", { cause: new Error("neither databaseUrl nor dataDir was given") });
  const location = databaseUrl ? maskUrl(databaseUrl) : join(dataDir ?? "", SQLITE_FILE);
  let store;
  try {
    store = databaseUrl ? (await import("./chunk-EOJSWUWG.js")).openPgStore({
      connectionString: databaseUrl,
      schema: options.schema,
      now: options.now
    }) : openSqliteStore({ file: location, now: options.now });
    if (options.migrate !== false) await store.migrate();
    return store;
  } catch (cause) {
    await store?.close().catch(() => void 0);
    throw new StoreOpenError(location, { cause });
  }
}
function maskUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL (unparseable URL)";
  }
}

export {
  loadSqlite,
  SQLITE_FILE,
  openStore
};
