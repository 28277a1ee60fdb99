import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpContext } from '../op/context.ts'
import type { TargetExecutor, TargetResult, TargetRun } from './target-executor.ts'
import { buildRemoteScript } from './build-remote-script.ts'

/** How to reach an SSH target; the key is the secret's value, never a path the user typed. */
export interface SshTargetOptions {
  host: string
  port: number
  user: string
  /** known_hosts content checked strictly (no trust on first use). */
  knownHosts: string
  privateKey: string
  cwd: string
  connectTimeoutS: number
  exec: OpContext['exec']
}

/** Extra seconds the local ssh client waits past the remote timeout before it is killed itself. */
const LOCAL_GRACE_S = 10

/**
 * Runs scripts on a host with the system OpenSSH client (see docs/adr/0001-ssh-transport.md).
 * The key and known_hosts live in a private temp folder (0700/0600) removed by `close`;
 * one master connection is shared by every step through a control socket there.
 */
export async function createSshExecutor(o: SshTargetOptions): Promise<TargetExecutor> {
  const dir = await mkdtemp(join(tmpdir(), 'oda-ssh-'))
  const keyPath = join(dir, 'id')
  const knownHostsPath = join(dir, 'known_hosts')
  const controlPath = join(dir, 'cm')
  // OpenSSH refuses a key file without its final newline, and one readable by others.
  await writeFile(keyPath, o.privateKey.endsWith('\n') ? o.privateKey : o.privateKey + '\n', { mode: 0o600 })
  await writeFile(knownHostsPath, o.knownHosts.endsWith('\n') ? o.knownHosts : o.knownHosts + '\n', { mode: 0o600 })
  const base = [
    '-F',
    '/dev/null',
    '-o',
    'BatchMode=yes',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    `UserKnownHostsFile=${knownHostsPath}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    `IdentityFile=${keyPath}`,
    '-o',
    `ConnectTimeout=${o.connectTimeoutS}`,
    '-o',
    'ServerAliveInterval=15',
    '-o',
    'LogLevel=ERROR',
    '-o',
    `ControlPath=${controlPath}`,
    '-p',
    String(o.port),
    '-l',
    o.user,
  ]
  let masterStarted = false
  const label = `ssh://${o.user}@${o.host}:${o.port}`
  return {
    label,
    async run(r: TargetRun): Promise<TargetResult> {
      if (!masterStarted) {
        masterStarted = true
        // -f -N backgrounds a master after authentication; its stdio go to /dev/null so it never holds our pipes.
        await o.exec(
          'ssh',
          [...base, '-o', 'ControlMaster=yes', '-o', 'ControlPersist=300', '-f', '-N', '--', o.host],
          { timeoutMs: (o.connectTimeoutS + 5) * 1000 },
        )
      }
      const timeoutS = Math.max(1, Math.ceil(r.timeoutMs / 1000))
      const script = buildRemoteScript({ script: r.script, env: r.env ?? {}, cwd: o.cwd, timeoutS })
      const result = await o.exec('ssh', [...base, '-o', 'ControlMaster=no', '--', o.host, 'sh -s'], {
        input: script,
        timeoutMs: (timeoutS + LOCAL_GRACE_S) * 1000,
        onLine: r.onLine,
      })
      // coreutils timeout exits 124 when it had to stop the step; 137 when -k had to KILL it.
      const remoteTimedOut = result.exitCode === 124 || result.exitCode === 137
      return {
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        timedOut: result.timedOut || remoteTimedOut,
        cancelled: result.cancelled,
        durationMs: result.durationMs,
      }
    },
    async close() {
      if (masterStarted) await o.exec('ssh', [...base, '-O', 'exit', '--', o.host], { timeoutMs: 5000 })
      await rm(dir, { recursive: true, force: true })
    },
  }
}
