import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import type { TargetExecutor, TargetResult, TargetRun } from './target-executor.ts'
import { buildRemoteScript } from './build-remote-script.ts'
import { makeSshKeyDir } from './ssh-key-dir.ts'

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
 * The key and known_hosts live in a private temp folder (0700/0600) removed by `close`, on every
 * exit of the process, and, after a kill -9, by the next oda that opens an SSH target
 * (see makeSshKeyDir).
 *
 * Each script gets a connection of its own, and its stdin stays open while it runs: when oda
 * stops it (a timeout, a cancelled run, a lost deploy lock) or dies, the connection closes and
 * the script's watcher on the host stops the step (see buildRemoteScript). A shared master
 * connection (ControlMaster) would defeat that: the master holds the session's pipes, so a
 * killed client ends nothing on the host, and the master itself outlives a killed oda.
 */
export async function createSshExecutor(target: SshTargetOptions): Promise<TargetExecutor> {
  const { dir, dispose } = makeSshKeyDir()
  const keyPath = join(dir, 'id')
  const knownHostsPath = join(dir, 'known_hosts')
  // OpenSSH refuses a key file without its final newline, and one readable by others.
  try {
    await writeFile(keyPath, target.privateKey.endsWith('\n') ? target.privateKey : target.privateKey + '\n', {
      mode: 0o600,
    })
    await writeFile(knownHostsPath, target.knownHosts.endsWith('\n') ? target.knownHosts : target.knownHosts + '\n', {
      mode: 0o600,
    })
  } catch (error) {
    dispose()
    throw error
  }
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
    `ConnectTimeout=${target.connectTimeoutS}`,
    '-o',
    'ServerAliveInterval=15',
    '-o',
    'LogLevel=ERROR',
    '-p',
    String(target.port),
    '-l',
    target.user,
  ]
  const label = `ssh://${target.user}@${target.host}:${target.port}`
  return {
    label,
    async run(r: TargetRun): Promise<TargetResult> {
      const timeoutS = Math.max(1, Math.ceil(r.timeoutMs / 1000))
      const script = buildRemoteScript({ script: r.script, env: r.env ?? {}, cwd: target.cwd, timeoutS })
      const result = await target.exec('ssh', [...base, '--', target.host, 'sh -s'], {
        input: script,
        holdStdin: true,
        timeoutMs: (timeoutS + LOCAL_GRACE_S) * 1000,
        onLine: r.onLine,
        ...(r.signal ? { signal: r.signal } : {}),
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
    close() {
      dispose()
      return Promise.resolve()
    },
  }
}
