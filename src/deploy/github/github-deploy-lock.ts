import { z } from 'zod'
import type { DeployLock, LockAttempt, LockInfo } from '../ports.ts'
import { decodeLock, encodeLock, isLockExpired } from '../encode-lock.ts'
import type { GitHubClient } from '../../op/github-client.ts'
import { statusOf } from '../../github/status-of.ts'

const refSchema = z.object({ object: z.object({ sha: z.string(), type: z.string() }) })

/** Lease of a takeover marker: long enough to replace one expired lock. */
const TAKEOVER_TTL_MS = 60_000

/** What a lock ref holds: the tag object it points at and the lock read from its message. */
interface Held {
  sha: string
  info: LockInfo
}

/**
 * The environment lock as a ref, `refs/oda/locks/<env>`, pointing to a git tag object whose
 * message holds owner, run link, reason and expiry. Creating a ref that exists fails with
 * 422, which makes `POST git/refs` an atomic test-and-set that Actions and the App share.
 * An expired lease is replaced only by whoever first creates `refs/oda/takeover/<env>`, so
 * two runs finding the same dead lock cannot both replace it. `anchorSha` is any commit of
 * the repo (a tag object must point somewhere).
 */
export function createGitHubDeployLock(github: {
  octokit: GitHubClient
  owner: string
  repo: string
  now: () => Date
  anchorSha: () => Promise<string>
}): DeployLock {
  const repo = { owner: github.owner, repo: github.repo }
  const refName = (env: string, kind: 'locks' | 'takeover'): string => `oda/${kind}/${env}`
  const ignore =
    (...statuses: number[]) =>
    (error: unknown): void => {
      if (!statuses.includes(statusOf(error) ?? 0)) throw error
    }
  const load = async (ref: string, env: string): Promise<Held | undefined> => {
    let obj
    try {
      obj = refSchema.parse(
        (await github.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref })).data,
      ).object
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw error
    }
    if (obj.type !== 'tag') return { sha: obj.sha, info: unknownHolder(env) }
    const tag = z
      .object({ message: z.string() })
      .parse(
        (await github.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...repo, tag_sha: obj.sha }))
          .data,
      )
    return { sha: obj.sha, info: decodeLock(tag.message) ?? unknownHolder(env) }
  }
  const tagFor = async (info: LockInfo): Promise<string> => {
    const res = await github.octokit.request('POST /repos/{owner}/{repo}/git/tags', {
      ...repo,
      tag: `oda-lock-${info.environment}`,
      message: encodeLock(info),
      object: await github.anchorSha(),
      type: 'commit',
    })
    return z.object({ sha: z.string() }).parse(res.data).sha
  }
  const createRef = async (ref: string, sha: string): Promise<boolean> => {
    try {
      await github.octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/${ref}`, sha })
      return true
    } catch (error) {
      ignore(422, 409)(error)
      return false
    }
  }
  const deleteRef = (ref: string): Promise<void> =>
    github.octokit
      .request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref })
      .then(() => undefined, ignore(422, 404))
  const expired = (h: Held | undefined): boolean => h === undefined || isLockExpired(h.info, github.now())

  return {
    async read(env) {
      return (await load(refName(env, 'locks'), env))?.info
    },
    async acquire(info): Promise<LockAttempt> {
      const env = info.environment
      const lockRef = refName(env, 'locks')
      const takeoverRef = refName(env, 'takeover')
      const tagSha = await tagFor(info)
      if (await createRef(lockRef, tagSha)) return { acquired: true, info }
      const seen = await load(lockRef, env)
      if (seen && !expired(seen)) return { acquired: false, holder: seen.info }
      const markerSha = await tagFor({
        ...info,
        reason: `taking over ${env}`,
        expiresAt: new Date(github.now().getTime() + TAKEOVER_TTL_MS).toISOString(),
      })
      if (!(await createRef(takeoverRef, markerSha))) {
        // Another run is replacing the dead lock: it is the holder to name.
        const taker = await load(takeoverRef, env)
        if (!expired(taker)) return { acquired: false, holder: taker!.info }
        await deleteRef(takeoverRef)
        if (!(await createRef(takeoverRef, markerSha)))
          return { acquired: false, holder: (await load(takeoverRef, env))?.info ?? unknownHolder(env) }
      }
      try {
        // Holding the marker, nobody else may delete the lock ref; look again, it may have changed hands.
        const now = await load(lockRef, env)
        if (now && !expired(now)) return { acquired: false, holder: now.info }
        if (now) await deleteRef(lockRef)
        if (await createRef(lockRef, tagSha))
          return { acquired: true, info, ...(seen ? { replacedExpired: seen.info } : {}) }
        return { acquired: false, holder: (await load(lockRef, env))?.info ?? unknownHolder(env) }
      } finally {
        if ((await load(takeoverRef, env))?.sha === markerSha) await deleteRef(takeoverRef)
      }
    },
    async renew(info) {
      const env = info.environment
      const lockRef = refName(env, 'locks')
      const held = await load(lockRef, env)
      if (!held || held.info.runId !== info.runId || expired(held)) return false
      // The lease has at least two thirds of its time left here (renewals come every third),
      // so no takeover can start before the update lands; a ref deleted meanwhile (a forced
      // unlock) makes the update fail with 422, which reads as lost.
      const tagSha = await tagFor(info)
      try {
        await github.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...repo,
          ref: lockRef,
          sha: tagSha,
          force: true,
        })
        return true
      } catch (error) {
        ignore(422, 404)(error)
        return false
      }
    },
    async release(env, runId) {
      const held = await load(refName(env, 'locks'), env)
      if (held?.info.runId === runId) await deleteRef(refName(env, 'locks'))
    },
  }
}

// A ref someone made by hand (or a corrupt message) is treated as held, never silently stolen: it has no expiry we can trust.
function unknownHolder(environment: string): LockInfo {
  return {
    environment,
    owner: 'unknown',
    runId: 'unknown',
    runUrl: `refs/oda/locks/${environment}`,
    reason: 'lock ref not written by oda',
    createdAt: '',
    expiresAt: '9999-12-31T23:59:59Z',
  }
}
