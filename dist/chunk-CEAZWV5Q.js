import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  BackupError,
  listBackups,
  pgEnv,
  runTargetScript
} from "./chunk-YDFTZGQM.js";
import {
  runUrlOf,
  triggerOf
} from "./chunk-K3R2PSVG.js";
import {
  openTarget
} from "./chunk-R35WRQIS.js";
import {
  findEnvironment
} from "./chunk-LJALDYRS.js";
import "./chunk-HFEUIW6P.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/deploy/backup/restore-usage-error.ts
var RestoreUsageError = class extends Error {
  name = "RestoreUsageError";
  usage = true;
};

// src/deploy/backup/restore-backup.ts
var CHECK_SCRIPT = `cd -- "$ODA_BACKUP_DIR" || exit 3
[ -f "$ODA_BACKUP_FILE" ] || { echo "no such backup: $ODA_BACKUP_FILE" >&2; exit 4; }
if [ -f "$ODA_BACKUP_FILE.sha256" ]; then sha256sum --quiet -c -- "$ODA_BACKUP_FILE.sha256" || exit 5; else echo "no checksum file" >&2; exit 6; fi`;
var EXISTS_SCRIPT = `printf '%s\\n' "SELECT 1 FROM pg_database WHERE datname = :'db';" | psql -X -q -tA --no-password -d postgres -v ON_ERROR_STOP=1 -v db="$ODA_TARGET_DB"`;
var RESTORE_SCRIPT = `set -e
if [ "$ODA_REPLACE" = 1 ]; then dropdb --no-password --if-exists --maintenance-db=postgres -- "$ODA_TARGET_DB"; fi
createdb --no-password --maintenance-db=postgres -- "$ODA_TARGET_DB"
pg_restore --no-password --no-owner --no-privileges --exit-on-error --dbname="$ODA_TARGET_DB" -- "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE"`;
async function restoreBackup(target, o) {
  const started = performance.now();
  const env = {
    ...o.pg,
    ODA_BACKUP_DIR: o.dir,
    ODA_BACKUP_FILE: o.file,
    ODA_TARGET_DB: o.targetDb,
    ODA_REPLACE: o.replace ? "1" : "0"
  };
  const check = await target.run({ script: CHECK_SCRIPT, env, timeoutMs: 6e5 });
  if (check.exitCode === 5)
    throw new BackupError("checksum_mismatch", `${o.file} does not match its recorded SHA-256; the dump is damaged`);
  if (check.exitCode !== 0)
    throw new BackupError(
      check.exitCode === 4 ? "no_backup" : "command_failed",
      `cannot verify ${o.file} on ${target.label}: ${(check.stderr || check.stdout).trim().slice(0, 300)}`
    );
  if (!o.replace) {
    const exists = await runTargetScript(target, {
      what: "checking the target database",
      script: EXISTS_SCRIPT,
      env,
      timeoutMs: 6e4
    });
    if (exists.trim() === "1")
      throw new BackupError(
        "database_exists",
        `database ${o.targetDb} already exists; choose another name or pass --replace`
      );
  }
  await runTargetScript(target, { what: "pg_restore", script: RESTORE_SCRIPT, env });
  return { durationMs: Math.round(performance.now() - started) };
}
async function dropDatabase(target, o) {
  await runTargetScript(target, {
    what: "dropdb",
    script: 'dropdb --no-password --if-exists --maintenance-db=postgres -- "$ODA_TARGET_DB"',
    env: { ...o.pg, ODA_TARGET_DB: o.db },
    timeoutMs: 3e5
  });
}

// src/deploy/backup/run-sql.ts
var DEFAULT_NEUTRALIZE_SQL = `DO $$
BEGIN
  IF to_regclass('ir_cron') IS NOT NULL THEN UPDATE ir_cron SET active = false; END IF;
  IF to_regclass('ir_mail_server') IS NOT NULL THEN UPDATE ir_mail_server SET active = false; END IF;
  IF to_regclass('fetchmail_server') IS NOT NULL THEN UPDATE fetchmail_server SET active = false; END IF;
END $$;`;
async function runSql(target, o) {
  const out = await runTargetScript(target, {
    what: o.what,
    script: 'psql -X -q -tA --no-password -v ON_ERROR_STOP=1 -d "$ODA_TARGET_DB" -c "$ODA_SQL"',
    env: { ...o.pg, ODA_TARGET_DB: o.db, ODA_SQL: o.sql },
    timeoutMs: 6e5
  });
  return out.split("\n").filter((l, i, all) => i < all.length - 1 || l.length > 0);
}

// src/deploy/backup/protected-databases.ts
function protectedDatabases(config) {
  const out = /* @__PURE__ */ new Set();
  for (const env of Object.values(config.environments))
    if (env.production && env.backup.database) out.add(env.backup.database);
  return out;
}

// src/deploy/ops/restore/run.ts
async function runRestore(ctx, input) {
  const base = {
    schemaVersion: 1,
    environment: input.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    verify: input.verify
  };
  let target;
  try {
    const env = findEnvironment(ctx.config, input.environment);
    if (!input.verify && !input.targetDatabase)
      throw new RestoreUsageError(
        "restore needs --target-database <name> (the database to restore into), or --verify to restore into a scratch database and drop it"
      );
    const b = env.backup;
    if (!b.database)
      throw new BackupError(
        "not_configured",
        `environments.${input.environment}.backup.database is empty; set the database whose backups to restore`
      );
    const stamp = ctx.now().toISOString().replace(/\D/g, "").slice(0, 14);
    const targetDb = input.verify ? `oda_verify_${b.database}_${stamp}`.toLowerCase() : input.targetDatabase;
    if (protectedDatabases(ctx.config).has(targetDb) && !input.iKnowThisIsProduction)
      throw new BackupError(
        "production_target",
        `${targetDb} is a production database; restoring over it needs --i-know-this-is-production`
      );
    if (b.passwordSecret && ctx.env[b.passwordSecret]) ctx.redact.addValue(ctx.env[b.passwordSecret]);
    target = await openTarget({ envName: input.environment, env, ctx });
    const t = target;
    const pg = pgEnv(b, ctx.env, "postgres");
    const file = input.backup || (await listBackups(t, { dir: b.dir, database: b.database }))[0]?.name;
    if (!file) throw new BackupError("no_backup", `no backup of ${b.database} in ${b.dir} on ${t.label}`);
    const plan = {
      ...base,
      database: b.database,
      target: t.label,
      file,
      targetDatabase: targetDb,
      neutralize: input.neutralize && !input.verify
    };
    if (input.dryRun)
      return makeReport({
        conclusion: "success",
        title: `Restore of ${file} into ${targetDb} planned`,
        data: { ...plan, outcome: "planned" }
      });
    const restored = await ctx.step(
      "pg_restore",
      () => restoreBackup(t, { dir: b.dir, file, targetDb, replace: input.replace, pg })
    );
    let neutralized = false;
    let checks = [];
    try {
      if (plan.neutralize) {
        await ctx.step(
          "neutralize",
          () => runSql(t, { db: targetDb, sql: b.neutralizeSql || DEFAULT_NEUTRALIZE_SQL, pg, what: "neutralization SQL" })
        );
        neutralized = true;
      }
      if (input.verify) {
        checks = await ctx.step("sanity queries", async () => {
          const out = [];
          for (const sql of b.verifyQueries) {
            try {
              const rows = await runSql(t, { db: targetDb, sql, pg, what: "sanity query" });
              out.push({ sql, rows: rows.length, ok: rows.length > 0 });
            } catch (error) {
              out.push({ sql, rows: 0, ok: false, error: ctx.redact.redact(error.message) });
            }
          }
          return out;
        });
      }
    } finally {
      if (input.verify) await ctx.step("drop scratch database", () => dropDatabase(t, { db: targetDb, pg }));
    }
    const ok = checks.every((c) => c.ok);
    const data = {
      ...plan,
      outcome: input.verify ? ok ? "verified" : "verify_failed" : "restored",
      neutralized,
      checks,
      dropped: input.verify,
      durationMs: restored.durationMs
    };
    const title = input.verify ? `Restore test of ${file}: ${ok ? "passed" : "FAILED"} (${checks.filter((c) => c.ok).length}/${checks.length} sanity queries)` : `Restored ${file} into ${targetDb}${neutralized ? " (neutralized)" : ""}`;
    const summary = checks.length ? [
      "| query | rows | result |",
      "|---|---|---|",
      ...checks.map(
        (c) => `| \`${c.sql.replace(/\|/g, "\\|")}\` | ${c.rows} | ${c.ok ? "ok" : `FAIL ${c.error ?? ""}`} |`
      )
    ].join("\n") : title;
    return makeReport({ conclusion: ok ? "success" : "failure", title, summary, data });
  } catch (error) {
    if (!(error instanceof BackupError) && !["DeployError", "TargetError"].includes(error.name)) throw error;
    const message = ctx.redact.redact(error.message);
    return makeReport({
      conclusion: "failure",
      title: `Restore refused or failed: ${message}`,
      summary: message,
      data: { ...base, outcome: "failed", failure: message }
    });
  } finally {
    await target?.close();
  }
}
export {
  runRestore
};
