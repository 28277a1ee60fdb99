import { z } from 'zod'

// Env-var names only: secrets are referenced by name in config, their values come from the runner.
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name (letters, digits, _)')
// Host names and IPs only; a leading "-" would be read by ssh as an option.
const hostName = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/, 'a host name or IP address')

/** Where deploy steps, backups and command checks run. */
export const targetSchema = z.strictObject({
  /** `local` runs on the runner itself, `ssh` on a remote host through OpenSSH. */
  type: z.enum(['local', 'ssh']).default('local').describe('local runs on the runner, ssh on a remote host'),
  /** SSH host name or IP (ssh targets). */
  host: hostName.default('127.0.0.1').describe('SSH host name or IP'),
  /** SSH user. */
  user: z
    .string()
    .regex(/^[a-z_][a-z0-9_.-]*$/i, 'a user name')
    .default('deploy')
    .describe('SSH user'),
  /** SSH port. */
  port: z.number().int().min(1).max(65535).default(22).describe('SSH port'),
  /** known_hosts lines for the host (public keys are not secret); the host key is always checked. */
  knownHosts: z.string().default('').describe('known_hosts lines for the target host'),
  /** Path to a known_hosts file, used when `knownHosts` is empty. */
  knownHostsFile: z.string().default('').describe('Path to a known_hosts file (when knownHosts is empty)'),
  /** Env-var name holding the private key (a secret). */
  keySecret: envName.default('ODA_SSH_KEY').describe('Env-var name holding the SSH private key'),
  /** Working directory for steps on the target. */
  cwd: z.string().default('').describe('Working directory for steps on the target (default: home or repo root)'),
  /** Seconds to wait for the SSH connection. */
  connectTimeoutS: z.number().int().min(1).default(10).describe('Seconds to wait for the SSH connection'),
})

/** One deploy step: a shell command run on the target (config is trusted, inputs only reach it as env vars). */
export const stepSchema = z.strictObject({
  /** Step name shown in the trace and evidence. */
  name: z.string().min(1).describe('Step name shown in the trace'),
  /** Shell command run on the target; the SHA is in $ODA_SHA, the ref in $ODA_REF. */
  run: z.string().min(1).describe('Shell command; $ODA_SHA, $ODA_REF, $ODA_ENV are set'),
  /** Timeout in seconds; 0 means the TIMEOUT env var, else 600. */
  timeoutS: z.number().int().min(0).default(0).describe('Timeout in seconds (0: TIMEOUT env var, else 600)'),
})

/** A health check; which fields apply depends on `type`. */
export const healthCheckSchema = z.strictObject({
  /** Check name. */
  name: z.string().min(1).describe('Check name'),
  /** http, tcp, postgres or command. */
  type: z.enum(['http', 'tcp', 'postgres', 'command']).describe('http, tcp, postgres or command'),
  /** URL for http checks. */
  url: z.string().default('').describe('URL (http)'),
  /** Expected HTTP status. */
  expectStatus: z.number().int().default(200).describe('Expected HTTP status (http)'),
  /** Text the body must contain. */
  bodyContains: z.string().default('').describe('Text the body must contain (http)'),
  /** Dotted JSON path into the body, e.g. `status`. */
  jsonPath: z.string().default('').describe('Dotted JSON path into the body (http), e.g. status'),
  /** Value (as text) the JSON path must equal, e.g. `pass`. */
  jsonEquals: z.string().default('').describe('Value the JSON path must equal (http)'),
  /** Host for tcp and postgres checks. */
  host: hostName.default('127.0.0.1').describe('Host (tcp, postgres)'),
  /** Port for tcp and postgres checks. */
  port: z.number().int().min(0).max(65535).default(0).describe('Port (tcp; postgres default 5432)'),
  /** Database for postgres checks. */
  database: z.string().default('postgres').describe('Database (postgres)'),
  /** User for postgres checks. */
  user: z.string().default('postgres').describe('User (postgres)'),
  /** Env-var name holding the password for postgres checks. */
  passwordSecret: z
    .union([envName, z.literal('')])
    .default('')
    .describe('Env-var name holding the password (postgres)'),
  /** Shell command for command checks, run on the target; exit 0 is healthy. */
  run: z.string().default('').describe('Shell command run on the target (command); exit 0 is healthy'),
  /** Seconds one attempt may take. */
  timeoutS: z.number().min(0.1).default(5).describe('Seconds one attempt may take'),
})

/** An extra probe for `oda health`: informative, reported with its value. */
export const probeSchema = z.strictObject({
  /** Probe name. */
  name: z.string().min(1).describe('Probe name'),
  /** disk (df on the target), command (its output), http-json (a value at a JSON path). */
  type: z.enum(['disk', 'command', 'http-json']).describe('disk, command or http-json'),
  /** Path whose filesystem usage is reported (disk). */
  path: z.string().default('/').describe('Path whose filesystem is measured (disk)'),
  /** Usage percent above which the probe warns (disk), or numeric value above which it warns (http-json); 0 = never. */
  warnAbove: z.number().min(0).default(0).describe('Warn above this value (disk percent, http-json number); 0 = never'),
  /** Shell command run on the target (command), e.g. `docker compose ps --format json`. */
  run: z.string().default('').describe('Shell command run on the target (command)'),
  /** URL (http-json). */
  url: z.string().default('').describe('URL (http-json)'),
  /** Dotted JSON path (http-json), e.g. `queue.pending`. */
  jsonPath: z.string().default('').describe('Dotted JSON path (http-json)'),
})

/** Health checks of an environment with their retry policy. */
export const healthSchema = z.strictObject({
  /** Checks that decide whether a deploy is healthy. */
  checks: z.array(healthCheckSchema).default([]).describe('Checks that decide whether a deploy is healthy'),
  /** Extra probes reported by `oda health`. */
  probes: z.array(probeSchema).default([]).describe('Extra probes reported by oda health'),
  /** Seconds to keep retrying failing checks. */
  deadlineS: z.number().min(0).default(60).describe('Seconds to keep retrying failing checks'),
  /** First delay between attempts, doubled each time up to maxIntervalS. */
  intervalS: z.number().min(0).default(1).describe('First delay between attempts (doubles)'),
  /** Longest delay between attempts. */
  maxIntervalS: z.number().min(0).default(10).describe('Longest delay between attempts'),
})

/** Checks before anything changes on the target. */
export const preflightSchema = z.strictObject({
  /** Minimum free space in MiB on `diskPath` (0 = not checked). */
  minFreeDiskMb: z.number().int().min(0).default(0).describe('Minimum free MiB on diskPath (0: not checked)'),
  /** Path on the target whose free space is checked. */
  diskPath: z.string().default('/').describe('Path on the target whose free space is checked'),
})

/** What happens when a deploy turns out unhealthy. */
export const rollbackPolicySchema = z.strictObject({
  /** Roll back automatically to the last good deployment when health checks fail. */
  auto: z.boolean().default(true).describe('Roll back automatically when health checks fail'),
})

/** GitHub Deployment options. */
export const deploymentOptionsSchema = z.strictObject({
  /** Status contexts that must pass before GitHub accepts the deployment. */
  requiredContexts: z.array(z.string()).default([]).describe('Status contexts required by GitHub'),
  /** Mark the environment transient (deleted later). */
  transient: z.boolean().default(false).describe('Mark the environment transient'),
})

/** Backup retention: a backup is kept if any rule keeps it. */
export const retentionSchema = z.strictObject({
  /** Newest backup of each of the last N days. */
  daily: z.number().int().min(0).default(7).describe('Keep the newest backup of each of the last N days'),
  /** Newest backup of each of the last N ISO weeks. */
  weekly: z.number().int().min(0).default(4).describe('Keep the newest backup of each of the last N weeks'),
  /** Newest backup of each of the last N months. */
  monthly: z.number().int().min(0).default(3).describe('Keep the newest backup of each of the last N months'),
  /** Every backup younger than N days (0 = rule off). */
  days: z.number().int().min(0).default(0).describe('Keep every backup younger than N days (0: off)'),
})

/** Backups of the environment's database, taken on the target. */
export const backupSchema = z.strictObject({
  /** Database name (empty: backups disabled). */
  database: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'a database name (letters, digits, _ and -)')
    .default('')
    .describe('Database to back up (empty: backups off)'),
  /** PostgreSQL host as seen from the target. */
  host: hostName.default('127.0.0.1').describe('PostgreSQL host as seen from the target'),
  /** PostgreSQL port. */
  port: z.number().int().min(1).max(65535).default(5432).describe('PostgreSQL port'),
  /** PostgreSQL user. */
  user: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'a user name')
    .default('postgres')
    .describe('PostgreSQL user'),
  /** Env-var name holding the password. */
  passwordSecret: z
    .union([envName, z.literal('')])
    .default('')
    .describe('Env-var name holding the PostgreSQL password'),
  /** Folder on the target where dumps are written. */
  dir: z.string().default('/var/backups/oda').describe('Folder on the target where dumps go'),
  /** pg_dump compression level 0-9. */
  compress: z.number().int().min(0).max(9).default(6).describe('pg_dump compression level'),
  retention: retentionSchema.prefault({}),
  /** SQL run after a restore into a non-production copy (default: Odoo crons and mail servers off). */
  neutralizeSql: z
    .string()
    .default('')
    .describe('SQL run after restore with --neutralize (default: Odoo crons and mail servers off)'),
  /** Sanity queries for `restore --verify`; each must return at least one row. */
  verifyQueries: z
    .array(z.string())
    .default(['SELECT 1'])
    .describe('Queries restore --verify runs; each must return a row'),
})

/** One deploy environment (staging, prod...). */
export const environmentSchema = z.strictObject({
  /** Public URL of the environment. */
  url: z.string().optional().describe('Public URL of the environment'),
  /** Whether this is production (stricter policy, restore guard). */
  production: z.boolean().default(false).describe('Whether this is a production environment'),
  target: targetSchema.prefault({}),
  /** Refs that may be deployed, as globs over full ref names (`refs/heads/main`, `refs/tags/v*`); empty allows any (production: default branch and tags). */
  allowedRefs: z
    .array(z.string())
    .default([])
    .describe('Globs over full ref names that may be deployed; empty allows any (production: default branch and tags)'),
  /** Env-var names that must be present on the runner; passed to steps, masked everywhere. */
  secrets: z.array(envName).default([]).describe('Env-var names required and passed to steps (values masked)'),
  preflight: preflightSchema.prefault({}),
  /** Deploy steps in order. */
  steps: z.array(stepSchema).default([]).describe('Deploy steps, run in order on the target'),
  health: healthSchema.prefault({}),
  rollback: rollbackPolicySchema.prefault({}),
  deployment: deploymentOptionsSchema.prefault({}),
  backup: backupSchema.prefault({}),
  /** Minutes after which a deploy lock counts as abandoned. */
  lockTtlMinutes: z.number().int().min(1).default(60).describe('Minutes after which a deploy lock counts as abandoned'),
})
export type EnvironmentConfig = z.output<typeof environmentSchema>

/** `environments:` section of .github/oda.yml, keyed by environment name. */
export const environmentsSectionSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'environment names are lowercase letters, digits, - and _'),
  environmentSchema,
)
