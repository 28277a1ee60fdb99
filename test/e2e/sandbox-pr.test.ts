import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cli-io.ts'
import { sandboxPrCommand } from '../../src/cli/commands/sandbox-pr.ts'
import type { GlobalOptions } from '../../src/cli/global-options.ts'
import type { SandboxPrResult } from '../../app/sandbox/sandbox-pr.ts'
import { hostedFaces } from '../../bin/hosted-faces.ts'

function io(): CliIo & { text: () => string } {
  let text = ''
  return { out: (t) => void (text += t), err: (t) => void (text += t), env: {}, cwd: process.cwd(), text: () => text }
}
const options = (format = 'text'): GlobalOptions => ({
  format,
  help: false,
  dataDir: undefined,
  evidence: false,
  evidenceRoot: undefined,
  quiet: false,
})

describe('oda sandbox pr', () => {
  it("opens a PR of the example shop, prints its check runs with annotations and exits 1 on the App's failure verdict", async () => {
    const out = io()
    const code = await sandboxPrCommand({
      args: ['pr', '--head', 'pr-leaked-secrets'],
      options: options('json'),
      io: out,
      hosts: hostedFaces,
    })
    const result = JSON.parse(out.text()) as SandboxPrResult
    expect(code).toBe(1)
    expect(result).toMatchObject({
      schemaVersion: 1,
      repo: 'oda-sandbox/odoo-shop',
      verdict: 'failure',
      exitCode: 1,
      pull: { head: 'pr-leaked-secrets', base: 'main' },
    })
    const secrets = result.checkRuns.find((r) => r.name === 'oda / secrets')
    expect(secrets).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(secrets?.annotations.length).toBeGreaterThan(0)
    for (const a of secrets?.annotations ?? []) expect(a.path).toMatch(/\S/)
    expect(result.checkRuns.every((r) => r.status === 'completed')).toBe(true)
  }, 120_000)

  it("prints each check run's conclusion, summary and annotations with path and line as text", async () => {
    const out = io()
    const code = await sandboxPrCommand({
      args: ['pr', '--head=pr-leaked-secrets', '--base=main'],
      options: options(),
      io: out,
      hosts: hostedFaces,
    })
    expect(code).toBe(1)
    expect(out.text()).toMatch(/^✗ oda \/ secrets: failure: .+$/m)
    expect(out.text()).toMatch(/^ {4}annotations \(\d+\):$/m)
    expect(out.text()).toMatch(/^ {6}addons\/\S+\.py:\d+ failure \[.+\] .+$/m)
    expect(out.text()).toMatch(/verdict: failure \(exit 1\)\n$/)
  }, 120_000)

  it('runs oda / odoo-ci on pr-odoo-ci-failure from the recorded log and fails on its broken test', async () => {
    const out = io()
    const code = await sandboxPrCommand({
      args: ['pr', '--head', 'pr-odoo-ci-failure'],
      options: options('json'),
      io: out,
      hosts: hostedFaces,
    })
    const result = JSON.parse(out.text()) as SandboxPrResult
    expect(code).toBe(1)
    const odoo = result.checkRuns.find((r) => r.name === 'oda / odoo-ci')
    expect(odoo, result.checkRuns.map((r) => r.name).join(', ')).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      title: '1 failed, 0 errors of 2 tests',
    })
    expect(odoo?.annotations.map((a) => `${a.path}:${a.startLine}:${a.level}`)).toEqual([
      'addons/ipai_delivery_slot/tests/test_delivery_slot.py:9:failure',
    ])
    // Only the Odoo test failed: the other checks of that PR pass.
    expect(result.checkRuns.filter((r) => r.conclusion !== 'success').map((r) => r.name)).toEqual(['oda / odoo-ci'])
  }, 120_000)

  it('works on any local git repository and exits 0 when every check passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-any-repo-'))
    try {
      const git = (...args: string[]): void =>
        void execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@e', ...args])
      git('init', '-q', '-b', 'trunk')
      writeFileSync(join(dir, 'README.md'), '# tool\n')
      git('add', '-A')
      git('commit', '-q', '-m', 'init')
      git('checkout', '-q', '-b', 'docs')
      mkdirSync(join(dir, 'docs'))
      writeFileSync(join(dir, 'docs', 'usage.md'), 'Run it.\n')
      git('add', '-A')
      git('commit', '-q', '-m', 'docs')
      const out = io()
      const code = await sandboxPrCommand({
        args: ['pr', '--repo', dir, '--base', 'trunk', '--head', 'docs'],
        options: options(),
        io: out,
        hosts: hostedFaces,
      })
      expect(out.text()).toMatch(/^PR #1 docs -> trunk \([0-9a-f]{7}\) on local\//)
      expect(out.text()).toContain('verdict: success (exit 0)')
      expect(code).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('names the branches when --head is not one of them, and runs nothing', async () => {
    await expect(
      sandboxPrCommand({ args: ['pr', '--head', 'no-such-branch'], options: options(), io: io(), hosts: hostedFaces }),
    ).rejects.toThrow(/branch "no-such-branch" is not in .*; branches: main, /)
  }, 60_000)

  it('rejects a folder that is not a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oda-not-git-'))
    try {
      await expect(
        sandboxPrCommand({
          args: ['pr', '--repo', dir, '--head', 'x'],
          options: options(),
          io: io(),
          hosts: hostedFaces,
        }),
      ).rejects.toThrow(/is not a git repository/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('requires --head', async () => {
    await expect(sandboxPrCommand({ args: ['pr'], options: options(), io: io(), hosts: hostedFaces })).rejects.toThrow(
      /--head <branch> is required/,
    )
  })
})
