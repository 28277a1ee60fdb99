import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runDist } from '../../helpers/run-dist.ts'

// docs/odoo-real.md tells users what to put in .github/oda.yml to run real Odoo; what it shows
// must be a configuration oda accepts, and the OCA one must do what the page says on an OCA layout.
const DOC = join(import.meta.dirname, '../../../docs/odoo-real.md')
const OCA_17 = join(import.meta.dirname, '../../fixtures/manifest/oca-layout/oca-17.0')
const made: string[] = []
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** The YAML blocks of the page that configure odoo-ci. */
function configBlocks(): string[] {
  const blocks = [...readFileSync(DOC, 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!)
  return blocks.filter((b) => /^odoo-ci:/m.test(b))
}

function repoWith(config: string, from?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-doc-'))
  made.push(dir)
  if (from) cpSync(from, dir, { recursive: true, verbatimSymlinks: true })
  mkdirSync(join(dir, '.github'), { recursive: true })
  writeFileSync(join(dir, '.github', 'oda.yml'), config)
  return dir
}

const git = (dir: string, ...args: string[]): void => {
  execFileSync('git', ['-c', 'user.name=OCA-git-bot', '-c', 'user.email=oca@example.com', ...args], { cwd: dir })
}

interface DryRun {
  conclusion: string
  data: { selected: string[]; commands: { file: string; args: string[] }[] }
}

describe('docs/odoo-real.md configurations', () => {
  it('every odoo-ci configuration the page shows is valid', () => {
    const blocks = configBlocks()
    expect(blocks.length).toBeGreaterThanOrEqual(2)
    for (const block of blocks) {
      const r = runDist(['config', 'validate'], { cwd: repoWith(block) })
      expect(r.stderr, block).toBe('')
      expect(r.code, block).toBe(0)
    }
  })

  it('the OCA configuration finds the addons at the root, tests what a change touches, keeps the manifest check clean', () => {
    const oca = configBlocks().find((b) => b.includes('enabled: true'))!
    const dir = repoWith(oca, OCA_17)
    git(dir, 'init', '-q', '-b', '17.0')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', '[17.0] initial')
    appendFileSync(join(dir, 'api_fastapi', 'models', 'api_fastapi.py'), '# a fix\n')
    git(dir, 'commit', '-q', '-am', '[FIX] api_fastapi')

    const r = runDist(['odoo', 'test', '--dry-run', '--base', 'HEAD~1', '--format', 'json'], { cwd: dir })
    expect(r.stderr).toBe('')
    const run = JSON.parse(r.stdout) as DryRun
    // api_log depends on api_fastapi; api_auth_key and api_base are not installable (not migrated yet)
    expect(run.data.selected).toEqual(['api_fastapi', 'api_log'])
    const test = run.data.commands.at(-1)!
    expect(test.file).toBe('/usr/bin/python3')
    expect(test.args).toContain('--test-enable')
    // The repository root is on the addons path, and each run gets its own HTTP port.
    expect(test.args.find((a) => a.startsWith('--addons-path='))?.split(',')).toContain('.')
    expect(test.args.some((a) => /^--http-port=\d+$/.test(a))).toBe(true)

    const verify = runDist(['manifest', 'verify', '--format', 'json'], { cwd: dir })
    expect(JSON.parse(verify.stdout)).toMatchObject({ conclusion: 'success', data: { series: '17.0' } })
  })
})
