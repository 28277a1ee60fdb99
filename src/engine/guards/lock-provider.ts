/** Outcome of asking for a lock. */
export type LockResult =
  | { acquired: true; release: () => Promise<void> }
  | { acquired: false; holder: { owner: string; expiresAt: string; reason?: string; link?: string } }

/**
 * Something that can hold a named lock for a run. The engine's default keeps leases in the
 * store (TTL + heartbeat); deploys use a GitHub ref so the Action and the App see one lock.
 */
export interface LockProvider {
  acquire(lease: { key: string; owner: string; ttlS: number; reason: string; link?: string }): Promise<LockResult>
}
