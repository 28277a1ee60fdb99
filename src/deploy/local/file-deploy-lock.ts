import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DeployLock, LockAttempt, LockInfo } from '../ports.ts'
import { isLockExpired } from '../encode-lock.ts'
import { lockInfoSchema } from '../lock-info-schema.ts'

/** A lock file older than this that still cannot be read is a torn write from a crash. */
const TORN_AFTER_MS = 60_000
/** Lease of the takeover marker: long enough to replace one expired lock. */
const TAKEOVER_TTL_MS = 60_000

type Loaded = LockInfo | 'missing' | 'unreadable'

/**
 * Deploy lock for runs without GitHub (local CLI): one file per environment, created with
 * O_EXCL so two processes on this machine can never both hold it. An expired lease is
 * replaced only by whoever first creates the `<env>.takeover` marker, so two runs that both
 * find the same dead lock cannot both replace it.
 */
export function createFileDeployLock(files: { dir: string; now: () => Date }): DeployLock {
  const path = (env: string, kind: 'lock' | 'takeover'): string =>
    join(files.dir, kind === 'lock' ? `${env}.json` : `${env}.takeover`)
  // 'unreadable' covers the instant between a creator's open and its write: never a reason to take a lock.
  const load = async (p: string): Promise<Loaded> => {
    let text: string
    try {
      text = await readFile(p, 'utf8')
    } catch {
      return 'missing'
    }
    try {
      return lockInfoSchema.parse(JSON.parse(text))
    } catch {
      return 'unreadable'
    }
  }
  const create = async (p: string, info: LockInfo): Promise<boolean> => {
    try {
      await writeFile(p, JSON.stringify(info, null, 2), { flag: 'wx', mode: 0o600 })
      return true
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false
      throw error
    }
  }
  const dead = async (p: string, l: Loaded): Promise<boolean> => {
    if (l === 'missing') return true
    if (l !== 'unreadable') return isLockExpired(l, files.now())
    const mtime = await stat(p).then(
      (s) => s.mtimeMs,
      () => 0,
    )
    return files.now().getTime() - mtime >= TORN_AFTER_MS
  }
  const unknownHolder = (env: string): LockInfo => ({
    environment: env,
    owner: 'unknown',
    runId: 'unknown',
    runUrl: path(env, 'lock'),
    reason: 'lock file being written or damaged',
    createdAt: '',
    expiresAt: '',
  })
  const asHolder = (env: string, l: Loaded): LockInfo => (typeof l === 'object' ? l : unknownHolder(env))

  return {
    async read(env) {
      const l = await load(path(env, 'lock'))
      return l === 'missing' ? undefined : asHolder(env, l)
    },
    async acquire(info): Promise<LockAttempt> {
      const env = info.environment
      const lock = path(env, 'lock')
      const takeover = path(env, 'takeover')
      await mkdir(files.dir, { recursive: true })
      if (await create(lock, info)) return { acquired: true, info }
      const seen = await load(lock)
      if (!(await dead(lock, seen))) return { acquired: false, holder: asHolder(env, seen) }
      const marker: LockInfo = {
        ...info,
        reason: `taking over ${env}`,
        expiresAt: new Date(files.now().getTime() + TAKEOVER_TTL_MS).toISOString(),
      }
      if (!(await create(takeover, marker))) {
        // Another run is replacing the dead lock: it is the holder to name.
        const taker = await load(takeover)
        if (!(await dead(takeover, taker))) return { acquired: false, holder: asHolder(env, taker) }
        await unlink(takeover).catch(() => {})
        if (!(await create(takeover, marker))) return { acquired: false, holder: asHolder(env, await load(takeover)) }
      }
      try {
        // Holding the marker, nobody else may remove the lock file; look again, it may have changed hands.
        const now = await load(lock)
        if (!(await dead(lock, now))) return { acquired: false, holder: asHolder(env, now) }
        await unlink(lock).catch(() => {})
        if (await create(lock, info))
          return { acquired: true, info, ...(typeof seen === 'object' ? { replacedExpired: seen } : {}) }
        return { acquired: false, holder: asHolder(env, await load(lock)) }
      } finally {
        const mine = await load(takeover)
        if (typeof mine === 'object' && mine.runId === info.runId) await unlink(takeover).catch(() => {})
      }
    },
    async renew(info) {
      const lock = path(info.environment, 'lock')
      const held = await load(lock)
      if (typeof held !== 'object' || held.runId !== info.runId || isLockExpired(held, files.now())) return false
      // Written aside and renamed over the lock: a reader never sees a half-written file.
      const next = `${lock}.${info.runId.replace(/[^A-Za-z0-9._-]/g, '_')}.renew`
      await writeFile(next, JSON.stringify(info, null, 2), { mode: 0o600 })
      await rename(next, lock)
      return true
    },
    async release(env, runId) {
      const holder = await load(path(env, 'lock'))
      if (typeof holder === 'object' && holder.runId === runId) await unlink(path(env, 'lock')).catch(() => {})
    },
  }
}
