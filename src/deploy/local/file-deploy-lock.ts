import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DeployLock, LockAttempt, LockInfo } from '../ports.ts'
import { isLockExpired } from '../encode-lock.ts'

/**
 * Deploy lock for runs without GitHub (local CLI): one file per environment, created with
 * O_EXCL so two processes on this machine can never both hold it. Expired leases are replaced.
 */
export function createFileDeployLock(o: { dir: string; now: () => Date }): DeployLock {
  const file = (env: string): string => join(o.dir, `${env}.json`)
  const read = async (env: string): Promise<LockInfo | undefined> => {
    try {
      return JSON.parse(await readFile(file(env), 'utf8')) as LockInfo
    } catch {
      return undefined
    }
  }
  const create = async (info: LockInfo): Promise<boolean> => {
    try {
      await writeFile(file(info.environment), JSON.stringify(info, null, 2), { flag: 'wx', mode: 0o600 })
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw error
    }
  }
  return {
    read,
    async acquire(info): Promise<LockAttempt> {
      await mkdir(o.dir, { recursive: true })
      if (await create(info)) return { acquired: true, info }
      const holder = await read(info.environment)
      if (holder && !isLockExpired(holder, o.now())) return { acquired: false, holder }
      await unlink(file(info.environment)).catch(() => {})
      if (await create(info)) return { acquired: true, info, replacedExpired: holder }
      const winner = await read(info.environment)
      return winner ? { acquired: false, holder: winner } : { acquired: false, holder: info }
    },
    async release(env, runId) {
      const holder = await read(env)
      if (holder?.runId === runId) await unlink(file(env)).catch(() => {})
    },
  }
}
