import { afterEach, describe, expect, it } from 'vitest'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from './harness.ts'

let bed: Bed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

interface Write {
  at: number
  token: string
  method: string
  url: string
}

/** Real fetch, with the time, token and route of every write recorded. */
function recordingFetch(writes: Write[]): typeof fetch {
  return async (input, init) => {
    const method = init?.method ?? 'GET'
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (method !== 'GET' && !url.includes('/access_tokens')) {
      const headers = new Headers(init?.headers)
      writes.push({ at: performance.now(), token: headers.get('authorization') ?? '', method, url })
    }
    return fetch(input, init)
  }
}

const checkWrites = (writes: Write[]): Write[] => writes.filter((w) => w.url.includes('/check-runs'))

describe('write pacing', () => {
  it('is really off when a test turns it off: check-run writes go out back to back', async () => {
    const writes: Write[] = []
    const many = Array.from({ length: 120 }, (_, i) => `TODO ${i}`).join('\n')
    bed = await startBed({
      repos: [
        { owner: 'acme', repo: 'shop', gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, many: { 'a.txt': many } }) },
      ],
      fetch: recordingFetch(writes),
      throttle: false,
    })
    await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'many' })
    await bed.app.idle()
    const w = checkWrites(writes)
    expect(w).toHaveLength(4)
    // With GitHub's pacing on, consecutive writes of an installation are about 1 s apart; off,
    // the two checks' creates (sent at the same time) go out together.
    const gaps = w.slice(1).map((x, i) => x.at - w[i]!.at)
    expect(Math.min(...gaps)).toBeLessThan(300)
    expectValidRequests(bed.sim)
  })

  it('paces writes per installation: each installation one write a second, installations side by side', async () => {
    const writes: Write[] = []
    // 120 findings: 3 writes for `oda / todo` plus 1 for `oda / ok`, so 4 paced writes per installation.
    const many = Array.from({ length: 120 }, (_, i) => `TODO ${i}`).join('\n')
    const repos = [
      {
        owner: 'acme',
        repo: 'shop',
        installationId: 11,
        gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': many } }),
      },
      {
        owner: 'globex',
        repo: 'erp',
        installationId: 22,
        gitDir: makeGitRepo({ main: { 'a.txt': 'a\n' }, f: { 'a.txt': many } }),
      },
    ]
    bed = await startBed({ repos, fetch: recordingFetch(writes), throttle: true })
    const [a, b] = await Promise.all([
      bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' }),
      bed.sim.openPullRequest({ owner: 'globex', repo: 'erp', head: 'f' }),
    ])
    await bed.app.idle()
    expect(checkRunsFor(bed.sim, a.pull.headSha).size).toBe(2)
    expect(checkRunsFor(bed.sim, b.pull.headSha).size).toBe(2)
    const byInstallation = new Map<string, number[]>()
    for (const w of checkWrites(writes)) byInstallation.set(w.token, [...(byInstallation.get(w.token) ?? []), w.at])
    expect([...byInstallation.values()].map((t) => t.length)).toEqual([4, 4])
    const span = (t: number[]): number => Math.max(...t) - Math.min(...t)
    // Pacing is on: one installation's 4 writes need 3 intervals of about 1 s.
    for (const times of byInstallation.values()) expect(span(times)).toBeGreaterThanOrEqual(2000)
    // Per installation, the two run side by side (about 3 s in all); one shared limiter would
    // space all 8 writes about 1 s apart (7 s at least).
    expect(span([...byInstallation.values()].flat())).toBeLessThan(5000)
    expectValidRequests(bed.sim)
  })
})
