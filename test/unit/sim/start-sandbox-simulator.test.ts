import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startSandboxSimulator } from '../../../src/sim/start-sandbox-simulator.ts'
import { octokitFor } from './sim-harness.ts'

describe('startSandboxSimulator', () => {
  it('serves the example shop with its scenarios and removes it on close', async () => {
    const sb = await startSandboxSimulator()
    try {
      expect(sb).toMatchObject({ owner: 'oda-sandbox', repo: 'odoo-shop', defaultBranch: 'main' })
      expect(Object.keys(sb.scenarios)).toContain('pr-spec-kit-problems')
      const { pull } = await sb.sim.openPullRequest({ owner: sb.owner, repo: sb.repo, head: 'pr-spec-kit-problems' })
      expect(pull.headSha).toBe(sb.scenarios['pr-spec-kit-problems'])
    } finally {
      await sb.close()
    }
    expect(existsSync(sb.gitDir)).toBe(false)
  })

  it('serves any local repository under its folder name with the branch HEAD names, and leaves it in place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-sandbox-'))
    const repoDir = join(dir, 'my-addons')
    try {
      execFileSync('git', ['init', '-q', '-b', 'develop', repoDir])
      execFileSync('git', [
        '-C',
        repoDir,
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@example.com',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        'x',
      ])
      const sb = await startSandboxSimulator({ gitDir: repoDir })
      try {
        expect(sb).toMatchObject({ repo: 'my-addons', defaultBranch: 'develop', scenarios: {} })
        const { data } = await octokitFor(sb.sim).rest.repos.get({ owner: sb.owner, repo: sb.repo })
        expect(data.default_branch).toBe('develop')
      } finally {
        await sb.close()
      }
      expect(existsSync(repoDir)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
