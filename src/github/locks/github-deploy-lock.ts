import { z } from 'zod'
import type { DeployLock, LockAttempt, LockInfo } from '../../deploy/ports.ts'
import { decodeLock, encodeLock, isLockExpired } from '../../deploy/encode-lock.ts'
import { httpStatusOf, type OctokitLike } from '../deployments/octokit-like.ts'

const refSchema = z.object({ object: z.object({ sha: z.string(), type: z.string() }) })

/**
 * The environment lock as a ref, `refs/oda/locks/<env>`, pointing to a git tag object whose
 * message holds owner, run link, reason and expiry. Creating a ref that exists fails with
 * 422, which makes `POST git/refs` an atomic test-and-set that Actions and the App share.
 * `anchorSha` is any commit of the repo (the tag object must point somewhere).
 */
export function createGitHubDeployLock(o: { octokit: OctokitLike; owner: string; repo: string; now: () => Date; anchorSha: () => Promise<string> }): DeployLock {
  const repo = { owner: o.owner, repo: o.repo }
  const refName = (env: string): string => `oda/locks/${env}`
  const readRef = async (env: string) => {
    try {
      return refSchema.parse((await o.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: refName(env) })).data).object
    } catch (error) {
      if (httpStatusOf(error) === 404) return undefined
      throw error
    }
  }
  const read = async (env: string): Promise<LockInfo | undefined> => {
    const obj = await readRef(env)
    if (!obj) return undefined
    if (obj.type !== 'tag') return unknownHolder(env)
    const tag = z.object({ message: z.string() }).parse((await o.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...repo, tag_sha: obj.sha })).data)
    return decodeLock(tag.message) ?? unknownHolder(env)
  }
  const createRef = async (tagSha: string, env: string): Promise<boolean> => {
    try {
      await o.octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/${refName(env)}`, sha: tagSha })
      return true
    } catch (error) {
      if (httpStatusOf(error) === 422 || httpStatusOf(error) === 409) return false
      throw error
    }
  }
  return {
    read,
    async acquire(info): Promise<LockAttempt> {
      const tag = await o.octokit.request('POST /repos/{owner}/{repo}/git/tags', {
        ...repo,
        tag: `oda-lock-${info.environment}`,
        message: encodeLock(info),
        object: await o.anchorSha(),
        type: 'commit',
      })
      const tagSha = z.object({ sha: z.string() }).parse(tag.data).sha
      if (await createRef(tagSha, info.environment)) return { acquired: true, info }
      const holder = await read(info.environment)
      if (holder && !isLockExpired(holder, o.now())) return { acquired: false, holder }
      // The lease ran out (a crashed run): take it over. Two takers may both delete; only one create wins.
      try {
        await o.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref: refName(info.environment) })
      } catch (error) {
        if (httpStatusOf(error) !== 422 && httpStatusOf(error) !== 404) throw error
      }
      if (await createRef(tagSha, info.environment)) return { acquired: true, info, replacedExpired: holder }
      return { acquired: false, holder: (await read(info.environment)) ?? info }
    },
    async release(env, runId) {
      const holder = await read(env)
      if (holder?.runId !== runId) return
      try {
        await o.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref: refName(env) })
      } catch (error) {
        if (httpStatusOf(error) !== 422 && httpStatusOf(error) !== 404) throw error
      }
    },
  }
}

// A ref someone made by hand (or a corrupt message) is treated as held, never silently stolen: it has no expiry we can trust.
function unknownHolder(environment: string): LockInfo {
  return { environment, owner: 'unknown', runId: 'unknown', runUrl: `refs/oda/locks/${environment}`, reason: 'lock ref not written by oda', createdAt: '', expiresAt: '9999-12-31T23:59:59Z' }
}
