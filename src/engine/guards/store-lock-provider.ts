import type { Store } from '../store/store.ts'
import type { LockProvider, LockResult } from './lock-provider.ts'

/**
 * Lock leases kept in the store, renewed every third of the TTL while the run lives, so a
 * crashed process frees the lock after at most one TTL.
 */
export function storeLockProvider(store: Store, now: () => Date = () => new Date()): LockProvider {
  return {
    async acquire({ key, owner, ttlS, reason }): Promise<LockResult> {
      const expires = (): string => new Date(now().getTime() + ttlS * 1000).toISOString()
      const got = await store.acquireLock({ key, owner, expiresAt: expires(), reason })
      if (!got.acquired) return { acquired: false, holder: got.holder }
      const beat = setInterval(
        () => {
          store.renewLock(key, owner, expires()).catch(() => undefined)
        },
        Math.max(1000, (ttlS * 1000) / 3),
      )
      beat.unref()
      return {
        acquired: true,
        release: async () => {
          clearInterval(beat)
          await store.releaseLock(key, owner)
        },
      }
    },
  }
}
