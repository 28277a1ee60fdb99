import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** `oda-ssh-<pid>-<random>`: the pid tells a sweeper whether the folder's owner still lives. */
const PREFIX = 'oda-ssh-'
const OWNED = /^oda-ssh-(\d+)-[A-Za-z0-9]{6}$/

const live = new Set<string>()
let hooked = false

/**
 * A private folder (0700, from mkdtemp) for one SSH session's key and known_hosts. It is removed
 * by `dispose`, and on every way out of the process that runs code: normal exit, an uncaught
 * error, SIGINT/SIGTERM/SIGHUP (synchronously, from the `exit` event). A kill -9 runs nothing:
 * the next oda that opens an SSH target sweeps folders whose process is gone (sweepSshKeyDirs).
 */
export function makeSshKeyDir(): { dir: string; dispose(): void } {
  sweepSshKeyDirs()
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`))
  live.add(dir)
  if (!hooked) {
    hooked = true
    process.once('exit', removeAll)
    // Default signal handling would end the process without an `exit` event; only add a
    // handler where nobody else handles the signal, and exit as the signal would have.
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
      if (process.listenerCount(sig) === 0)
        process.once(sig, () => {
          removeAll()
          process.kill(process.pid, sig)
        })
  }
  return {
    dir,
    dispose() {
      live.delete(dir)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function removeAll(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true })
  live.clear()
}

/**
 * Removes the key folders of oda processes that no longer run (killed with -9, or a crash
 * that skipped every handler). Folders of live processes, and anything not named like ours,
 * are left alone. Returns the folders removed.
 */
export function sweepSshKeyDirs(root = tmpdir()): string[] {
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(root)
  } catch {
    return removed
  }
  for (const name of names) {
    const pid = OWNED.exec(name)?.[1]
    if (pid === undefined || isAlive(Number(pid))) continue
    const dir = join(root, name)
    rmSync(dir, { recursive: true, force: true })
    removed.push(dir)
  }
  return removed
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it lives, as another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}
