import { spawnSync } from 'node:child_process'
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, isAbsolute, join, resolve } from 'node:path'

/** Host variables a sandboxed command always gets (when the host has them): program lookup, locale, time zone. */
export const SANDBOX_BASE_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'LANGUAGE', 'TZ'] as const

/**
 * Variables that are the App's own secrets or credentials: `ODA_SANDBOX_ENV` may never name
 * them, whatever the operator writes.
 */
export const NEVER_PASSED = [
  'WEBHOOK_SECRET',
  'PRIVATE_KEY',
  'PRIVATE_KEY_PATH',
  'APP_ID',
  'DATABASE_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_CLIENT_SECRET',
  'ODA_API_KEYS',
] as const

/** The OS user repository code runs as. */
export interface SandboxUser {
  name: string
  uid: number
  gid: number
}

/**
 * How commands that run repository code are started: an explicit environment (nothing of the
 * host's but the base variables and those the operator names), a private HOME and TMPDIR, and,
 * when this process may switch users, another OS user in a PID namespace of its own.
 */
export interface Sandbox {
  /** The whole environment of the command before HOME/TMPDIR and the op's own variables. */
  env: Readonly<Record<string, string>>
  /** Undefined when this process cannot switch users (not root): then only the environment is confined. */
  user: SandboxUser | undefined
  /** Start the command in a PID namespace of its own (`unshare`), so the App's processes are not visible. */
  pidNamespace: boolean
  /** Why there is no user switch (or namespace), for logs and run traces. */
  limits: string[]
}

/** A sandbox error the operator must fix before the App can start (exit 2 in `oda start`). */
export class SandboxConfigError extends Error {
  override name = 'SandboxConfigError'
  /** A configuration error of the operator's: the CLI exits 2 (see isUsageError). */
  readonly usage = true
}

/**
 * Builds the sandbox from the App's environment: `ODA_SANDBOX_ENV` (comma-separated names
 * passed through, e.g. `PGHOST,PGPORT,PGUSER` for Odoo's test database) and `ODA_SANDBOX_USER`
 * (default `nobody`). Naming one of the App's secrets is an error.
 */
export function sandboxFromEnv(
  hostEnv: Readonly<Record<string, string | undefined>>,
  o: { uid?: number; probeNamespace?: () => boolean } = {},
): Sandbox {
  const named = (hostEnv['ODA_SANDBOX_ENV'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const bad = named.filter(
    (n) => (NEVER_PASSED as readonly string[]).includes(n) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n),
  )
  if (bad.length > 0)
    throw new SandboxConfigError(
      `ODA_SANDBOX_ENV names ${bad.join(', ')}: the App's own secrets (${NEVER_PASSED.join(', ')}) and names that are not variable names are never passed to repository code`,
    )
  const env: Record<string, string> = {}
  for (const name of [...SANDBOX_BASE_ENV, ...named]) {
    const v = hostEnv[name]
    if (v !== undefined) env[name] = v
  }
  env['PATH'] ??= '/usr/local/bin:/usr/bin:/bin'
  env['LANG'] ??= 'C.UTF-8'
  const limits: string[] = []
  const uid = o.uid ?? process.getuid?.() ?? -1
  let user: SandboxUser | undefined
  if (uid === 0) {
    const name = hostEnv['ODA_SANDBOX_USER'] || 'nobody'
    user = lookupUser(name)
    if (user.uid === 0)
      throw new SandboxConfigError(`ODA_SANDBOX_USER is ${name}, which is root: name an unprivileged user`)
  } else {
    limits.push('the App does not run as root, so repository code runs as the App user (environment confined only)')
  }
  const pidNamespace = user !== undefined && (o.probeNamespace ?? canUnsharePid)()
  if (user && !pidNamespace) limits.push('unshare --pid is not available: no PID namespace of its own')
  return { env, user, pidNamespace, limits }
}

/** A user of /etc/passwd by name (or a numeric uid). */
export function lookupUser(name: string): SandboxUser {
  const lines = readFileSync('/etc/passwd', 'utf8').split('\n')
  for (const line of lines) {
    const f = line.split(':')
    if (f.length < 4) continue
    if (f[0] === name || f[2] === name) return { name: f[0]!, uid: Number(f[2]), gid: Number(f[3]) }
  }
  throw new SandboxConfigError(`ODA_SANDBOX_USER is ${name}, which is not a user of this machine (/etc/passwd)`)
}

let unshareWorks: boolean | undefined
function canUnsharePid(): boolean {
  unshareWorks ??=
    spawnSync('unshare', ['--pid', '--fork', '--kill-child', '--mount-proc', 'true'], {
      stdio: 'ignore',
      timeout: 10_000,
    }).status === 0
  return unshareWorks
}

/** A command as it is started in the sandbox, and its private folder. */
export interface SandboxedCommand {
  file: string
  args: string[]
  env: Record<string, string>
  /** Private HOME and TMPDIR of the command (mode 0700, owned by the sandbox user). */
  dir: string
  /** The program was not found or cannot be run: the command must not start. */
  missing?: string
  dispose(): void
}

/**
 * Wraps one command: resolves the program on the sandbox's PATH, makes its private folder,
 * and prefixes `unshare` (PID namespace) and `setpriv` (user, no groups, no_new_privs).
 */
export function sandboxCommand(
  sandbox: Sandbox,
  cmd: { file: string; args: readonly string[]; cwd: string; env?: Record<string, string | undefined> },
): SandboxedCommand {
  const dir = mkdtempSync(join(tmpdir(), 'oda-sandbox-'))
  const home = join(dir, 'home')
  const tmp = join(dir, 'tmp')
  mkdirSync(home, { mode: 0o700 })
  mkdirSync(tmp, { mode: 0o700 })
  if (sandbox.user) for (const d of [dir, home, tmp]) chownSync(d, sandbox.user.uid, sandbox.user.gid)
  chmodSync(dir, 0o700)
  const dispose = (): void => rmSync(dir, { recursive: true, force: true })
  const env: Record<string, string> = {
    ...sandbox.env,
    HOME: home,
    TMPDIR: tmp,
    TMP: tmp,
    TEMP: tmp,
    USER: sandbox.user?.name ?? 'oda',
  }
  // The op's own variables (the run's TMPDIR, Odoo's data dir) come last; they are not the host's.
  for (const [k, v] of Object.entries(cmd.env ?? {})) if (v !== undefined) env[k] = v
  const program = resolveProgram(cmd.file, env['PATH'] ?? '', cmd.cwd)
  if (!program) return { file: cmd.file, args: [...cmd.args], env, dir, missing: cmd.file, dispose }
  let file = program
  let args = [...cmd.args]
  if (sandbox.user) {
    const u = sandbox.user
    args = [`--reuid=${u.uid}`, `--regid=${u.gid}`, '--clear-groups', '--no-new-privs', '--', file, ...args]
    file = 'setpriv'
    if (sandbox.pidNamespace) {
      args = ['--pid', '--fork', '--kill-child', '--mount-proc', file, ...args]
      file = 'unshare'
    }
  }
  return { file, args, env, dir, dispose }
}

function resolveProgram(file: string, path: string, cwd: string): string | undefined {
  const candidates = file.includes('/')
    ? [isAbsolute(file) ? file : resolve(cwd, file)]
    : path
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, file))
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK)
      if (statSync(c).isFile()) return c
    } catch {
      /* next */
    }
  }
  return undefined
}

/**
 * True when `path` can be read by `user` going by its mode and owner (the file itself; a
 * folder on the way that shuts the user out is not counted, so this errs on the safe side).
 */
export function readableBy(path: string, user: SandboxUser): boolean {
  const st = statSync(path)
  if (st.uid === user.uid) return (st.mode & 0o400) !== 0
  if (st.gid === user.gid) return (st.mode & 0o040) !== 0
  return (st.mode & 0o004) !== 0
}
