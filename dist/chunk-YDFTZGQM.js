import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  explainSshFailure
} from "./chunk-K3R2PSVG.js";

// src/deploy/backup/backup-file-name.ts
function backupFileName(database, at) {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
  return `${database}-${stamp}.dump`;
}
function parseBackupFileName(database, name) {
  if (!name.startsWith(`${database}-`)) return void 0;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.dump$/.exec(name.slice(database.length + 1));
  if (!m) return void 0;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}

// src/deploy/backup/backup-error.ts
var BackupError = class extends Error {
  name = "BackupError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
};

// src/deploy/backup/pg-env.ts
function pgEnv(b, secrets, database) {
  const env = {
    PGHOST: b.host,
    PGPORT: String(b.port),
    PGUSER: b.user,
    PGDATABASE: database,
    PGCONNECT_TIMEOUT: "10"
  };
  const password = b.passwordSecret ? secrets[b.passwordSecret] : void 0;
  if (password) env.PGPASSWORD = password;
  return env;
}

// src/deploy/backup/run-target-script.ts
async function runTargetScript(target, o) {
  const r = await target.run({ script: o.script, env: o.env, timeoutMs: o.timeoutMs ?? 36e5 });
  if (r.timedOut) throw new BackupError("command_failed", `${o.what} timed out on ${target.label}`);
  if (r.exitCode !== 0) {
    const text = (r.stderr || r.stdout).trim();
    const tail = explainSshFailure(text) ?? text.split("\n").slice(-5).join("\n");
    throw new BackupError("command_failed", `${o.what} failed on ${target.label} (exit ${r.exitCode}): ${tail}`);
  }
  return r.stdout;
}

// src/deploy/backup/list-backups.ts
async function listBackups(target, o) {
  const out = await runTargetScript(target, {
    what: "listing backups",
    script: '[ -d "$ODA_BACKUP_DIR" ] || exit 0\nls -1A -- "$ODA_BACKUP_DIR"',
    env: { ODA_BACKUP_DIR: o.dir },
    timeoutMs: 6e4
  });
  const entries = [];
  for (const name of out.split("\n")) {
    const takenAt = parseBackupFileName(o.database, name.trim());
    if (takenAt) entries.push({ name: name.trim(), takenAt });
  }
  return entries.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export {
  backupFileName,
  BackupError,
  pgEnv,
  runTargetScript,
  listBackups
};
