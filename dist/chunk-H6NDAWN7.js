import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  BackupError,
  backupFileName,
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

// src/deploy/select-backups-to-delete.ts
function selectBackupsToDelete(backups, r, now) {
  const sorted = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = /* @__PURE__ */ new Set();
  if (sorted[0]) keep.add(sorted[0]);
  const byPeriod = (count, key) => {
    const seen = /* @__PURE__ */ new Set();
    for (const b of sorted) {
      if (seen.size >= count) break;
      const k = key(b.takenAt);
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(b);
    }
  };
  byPeriod(r.daily, (d) => d.toISOString().slice(0, 10));
  byPeriod(r.weekly, isoWeek);
  byPeriod(r.monthly, (d) => d.toISOString().slice(0, 7));
  if (r.days > 0) {
    for (const b of sorted) if (now.getTime() - b.takenAt.getTime() < r.days * 864e5) keep.add(b);
  }
  return { keep: sorted.filter((b) => keep.has(b)), remove: sorted.filter((b) => !keep.has(b)) };
}
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 864e5 + 1) / 7);
  return `${t.getUTCFullYear()}-W${week}`;
}

// src/deploy/backup/take-backup.ts
var DUMP_SCRIPT = `set -e
umask 077
mkdir -p -- "$ODA_BACKUP_DIR"
tmp="$ODA_BACKUP_DIR/.$ODA_BACKUP_FILE.partial"
trap 'rm -f -- "$tmp"' EXIT
pg_dump --format=custom --compress="$ODA_COMPRESS" --no-password --file="$tmp"
sum=$(sha256sum -- "$tmp" | cut -d' ' -f1)
mv -- "$tmp" "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE"
printf '%s  %s\\n' "$sum" "$ODA_BACKUP_FILE" > "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE.sha256"
printf 'sha256=%s\\nbytes=%s\\n' "$sum" "$(wc -c < "$ODA_BACKUP_DIR/$ODA_BACKUP_FILE" | tr -d ' ')"
`;
async function takeBackup(target, o) {
  const out = await runTargetScript(target, {
    what: "pg_dump",
    script: DUMP_SCRIPT,
    env: { ...o.pg, ODA_BACKUP_DIR: o.dir, ODA_BACKUP_FILE: o.file, ODA_COMPRESS: String(o.compress) }
  });
  const sha256 = /sha256=([0-9a-f]{64})/.exec(out)?.[1] ?? "";
  const bytes = Number(/bytes=(\d+)/.exec(out)?.[1] ?? 0);
  return { file: o.file, path: `${o.dir.replace(/\/+$/, "")}/${o.file}`, sha256, bytes };
}

// src/deploy/backup/delete-backups.ts
async function deleteBackups(target, o) {
  if (o.names.length === 0) return;
  for (const n of o.names)
    if (!/^[A-Za-z0-9_-]+-\d{8}T\d{6}Z\.dump$/.test(n))
      throw new BackupError("bad_name", `refusing to delete ${JSON.stringify(n)}: not a backup file name`);
  const script = `printf '%s\\n' "$ODA_DELETE" | while IFS= read -r f; do rm -f -- "$ODA_BACKUP_DIR/$f" "$ODA_BACKUP_DIR/$f.sha256"; done`;
  await runTargetScript(target, {
    what: "deleting old backups",
    script,
    env: { ODA_BACKUP_DIR: o.dir, ODA_DELETE: o.names.join("\n") },
    timeoutMs: 6e4
  });
}

// src/deploy/ops/backup/run.ts
async function runBackup(ctx, input) {
  const started = ctx.now();
  const base = {
    schemaVersion: 1,
    environment: input.environment,
    actor: ctx.actor,
    trigger: triggerOf(ctx),
    runUrl: runUrlOf(ctx),
    startedAt: started.toISOString()
  };
  let target;
  try {
    const env = findEnvironment(ctx.config, input.environment);
    const b = env.backup;
    if (!b.database)
      throw new BackupError(
        "not_configured",
        `environments.${input.environment}.backup.database is empty; set the database to back up`
      );
    if (b.passwordSecret && ctx.env[b.passwordSecret]) ctx.redact.addValue(ctx.env[b.passwordSecret]);
    target = await openTarget({ envName: input.environment, env, ctx });
    const t = target;
    const pg = pgEnv(b, ctx.env, b.database);
    const file = backupFileName(b.database, started);
    if (input.dryRun) {
      const existing = input.noRetention ? [] : await listBackups(t, { dir: b.dir, database: b.database });
      const wouldDelete = input.noRetention ? [] : selectBackupsToDelete([{ name: file, takenAt: started }, ...existing], b.retention, started).remove.map(
        (e) => e.name
      );
      const data2 = {
        ...base,
        outcome: "planned",
        database: b.database,
        target: t.label,
        file,
        retention: input.noRetention ? "off" : "on",
        wouldDelete
      };
      const retentionLine = input.noRetention ? "retention is off (--no-retention): no old backup would be deleted." : `retention would delete ${wouldDelete.length} old backups.`;
      return makeReport({
        conclusion: "success",
        title: `Backup of ${b.database} (${input.environment}) planned: ${file}`,
        summary: `Would write ${b.dir}/${file}; ${retentionLine}`,
        data: data2
      });
    }
    const dump = await ctx.step("pg_dump", async (h) => {
      const d = await takeBackup(t, { dir: b.dir, file, compress: b.compress, pg });
      h.note(`${d.path} ${d.bytes} bytes sha256:${d.sha256}`);
      return d;
    });
    const retention = input.noRetention ? { kept: [], deleted: [], skipped: true } : await ctx.step("retention", async (h) => {
      const all = await listBackups(t, { dir: b.dir, database: b.database });
      const { keep, remove } = selectBackupsToDelete(all, b.retention, ctx.now());
      await deleteBackups(t, { dir: b.dir, names: remove.map((e) => e.name) });
      h.note(`kept ${keep.length}, deleted ${remove.length}`);
      return { kept: keep.map((e) => e.name), deleted: remove.map((e) => e.name), skipped: false };
    });
    const durationMs = ctx.now().getTime() - started.getTime();
    const data = {
      ...base,
      outcome: "backed_up",
      database: b.database,
      target: t.label,
      ...dump,
      durationMs,
      retention: { rules: b.retention, ...retention }
    };
    const summary = [
      `| | |`,
      `|---|---|`,
      `| database | ${b.database} on ${t.label} |`,
      `| file | \`${dump.path}\` |`,
      `| size | ${dump.bytes} bytes |`,
      `| sha256 | \`${dump.sha256}\` |`,
      `| retention | kept ${retention.kept.length}, deleted ${retention.deleted.length}${retention.skipped ? " (skipped)" : ""} |`
    ].join("\n");
    return makeReport({
      conclusion: "success",
      title: `Backed up ${b.database} (${input.environment}): ${dump.file}`,
      summary,
      data
    });
  } catch (error) {
    if (!(error instanceof BackupError) && !["DeployError", "TargetError"].includes(error.name)) throw error;
    const message = ctx.redact.redact(error.message);
    return makeReport({
      conclusion: "failure",
      title: `Backup of ${input.environment} failed: ${message}`,
      summary: message,
      data: { ...base, outcome: "failed", failure: message }
    });
  } finally {
    await target?.close();
  }
}
export {
  runBackup
};
