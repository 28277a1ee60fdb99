import { open, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { EvidenceError } from './evidence-error.ts'

const STALE_MS = 60_000
const WAIT_MS = 60_000

/** True when the lock file names a process of this host that no longer exists. */
async function holderIsGone(file: string): Promise<boolean> {
  const pid = Number((await readFile(file, 'utf8').catch(() => '')).split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'ESRCH'
  }
}

/**
 * Runs `fn` holding `<root>/.lock-<topic>`, so two writers of one topic never link to
 * the same previous pack (which would fork the chain). The lock is a file created with
 * O_EXCL; one left by a dead process, or older than a minute, is taken over.
 */
export async function withTopicLock<T>(root: string, topic: string, fn: () => Promise<T>): Promise<T> {
  const file = join(root, `.lock-${topic}`)
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(`${process.pid}\n${new Date().toISOString()}\n`)
      await handle.close()
      break
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
      const age = Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? Date.now())
      if (age > STALE_MS || (await holderIsGone(file))) await unlink(file).catch(() => undefined)
      else if (Date.now() > deadline)
        throw new EvidenceError(
          root,
          `another writer has held ${file} for ${Math.round(age / 1000)} s; remove it if no oda process is running`,
        )
      else await sleep(10 + Math.random() * 40)
    }
  }
  try {
    return await fn()
  } finally {
    await unlink(file).catch(() => undefined)
  }
}
