import { describe, expect, it } from 'vitest'
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { secretsScanOp } from '../../../../src/ops/secrets-scan/index.ts'
import { GitRepo } from '../../../fixtures/secrets/git-repo.ts'

const examples = join(import.meta.dirname, '../../../../examples')
const overlay = join(examples, 'odoo-shop-scenarios/pr-leaked-secrets')
/** The overlay file holding the planted (fake) credentials; the rest are placeholders. */
const planted = 'addons/shop_storefront_sync/models/storefront_credentials.py'

/** examples/odoo-shop as the base commit, the scenario overlay as the PR head. */
function prRepo(withPlanted: boolean): { repo: GitRepo; base: string; head: string } {
  const repo = new GitRepo()
  cpSync(join(examples, 'odoo-shop'), repo.dir, { recursive: true })
  const base = repo.commit('shop')
  repo.git('checkout', '-q', '-b', 'storefront-sync')
  cpSync(overlay, repo.dir, { recursive: true })
  if (!withPlanted) rmSync(join(repo.dir, planted))
  const head = repo.commit('storefront sync')
  return { repo, base, head }
}

async function check(dir: string, base: string, head: string) {
  const raw = secretsScanOp.check!.input({ dir, base, head })
  return secretsScanOp.run(createOpContext({ cwd: dir }), secretsScanOp.input.parse(raw))
}

/** What the App does: a checkout without history, and the PR's changed files. */
async function checkChangedFiles(repo: GitRepo, base: string, head: string) {
  const changedFiles = repo.git('diff', '--name-only', base, head).split('\n').filter(Boolean)
  const raw = secretsScanOp.check!.input({ dir: repo.dir, changedFiles })
  return secretsScanOp.run(createOpContext({ cwd: repo.dir }), secretsScanOp.input.parse(raw))
}

describe('oda / secrets on the pr-leaked-secrets scenario of examples/odoo-shop', () => {
  it('fails on the planted GitHub token and AWS key pair, at their lines, and on nothing else', async () => {
    const { repo, base, head } = prRepo(true)
    const report = await check(repo.dir, base, head)
    expect(report.conclusion).toBe('failure')
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId, f.level])).toEqual([
      [planted, 4, 'github-pat', 'failure'],
      [planted, 5, 'aws-access-key-id', 'failure'],
      [planted, 6, 'aws-secret-access-key', 'failure'],
    ])
    expect(report.findings[0]!.properties!.confidence).toBe('high')
    const app = await checkChangedFiles(repo, base, head)
    expect(app.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual(
      report.findings.map((f) => [f.path, f.line, f.ruleId]),
    )
  })

  it('is quiet for the same PR without them: placeholders, env references and the docs example key pass', async () => {
    const { repo, base, head } = prRepo(false)
    const report = await check(repo.dir, base, head)
    expect(report.findings).toEqual([])
    expect(report.conclusion).toBe('success')
    expect(report.title).toBe('No secrets found')
    const app = await checkChangedFiles(repo, base, head)
    expect(app.findings).toEqual([])
    expect(app.conclusion).toBe('success')
  })
})
