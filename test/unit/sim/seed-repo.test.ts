import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { seedRepo } from '../../../src/sim/seed-repo.ts'

const made: string[] = []
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-seed-src-'))
  made.push(dir)
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true })
    writeFileSync(join(dir, p), text)
  }
  return dir
}

describe('seedRepo', () => {
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true })
  })

  it('commits the base as main and one branch per overlay, copying over and deleting listed paths', async () => {
    const base = folder({
      'addons/shop/__manifest__.py': "{'name': 'Shop'}\n",
      'README.md': 'shop\n',
      'docs/old.md': 'old\n',
    })
    const scenarios = folder({
      'pr-a/addons/shop/__manifest__.py': "{'name': 'Shop 2'}\n",
      'pr-a/new.txt': 'new\n',
      'pr-a/.oda-delete': '# gone\nREADME.md\n\ndocs\n',
      'pr-b/b.txt': 'b\n',
    })
    const seed = await seedRepo({ base, scenarios })
    made.push(seed.gitDir)
    expect(Object.keys(seed.branches).sort()).toEqual(['main', 'pr-a', 'pr-b'])
    const show = (rev: string): string[] =>
      execFileSync('git', ['-C', seed.gitDir, 'ls-tree', '-r', '--name-only', rev], { encoding: 'utf8' })
        .trim()
        .split('\n')
    expect(show('main')).toEqual(['README.md', 'addons/shop/__manifest__.py', 'docs/old.md'])
    expect(show('pr-a')).toEqual(['addons/shop/__manifest__.py', 'new.txt'])
    expect(show('pr-b')).toEqual(['README.md', 'addons/shop/__manifest__.py', 'b.txt', 'docs/old.md'])
    expect(
      execFileSync('git', ['-C', seed.gitDir, 'show', 'pr-a:addons/shop/__manifest__.py'], { encoding: 'utf8' }),
    ).toBe("{'name': 'Shop 2'}\n")
    // The control file is never committed, and main stays checked out.
    expect(existsSync(join(seed.gitDir, '.oda-delete'))).toBe(false)
    expect(readFileSync(join(seed.gitDir, 'README.md'), 'utf8')).toBe('shop\n')
  })

  it('gives the same SHAs for the same folders (fixed author and dates)', async () => {
    const base = folder({ 'a.txt': 'a\n' })
    const scenarios = folder({ 'x/b.txt': 'b\n' })
    const one = await seedRepo({ base, scenarios })
    const two = await seedRepo({ base, scenarios })
    made.push(one.gitDir, two.gitDir)
    expect(one.branches).toEqual(two.branches)
  })

  it('seeds examples/odoo-shop with its scenario branches by default', async () => {
    const seed = await seedRepo({ only: ['pr-spec-kit-problems'] })
    made.push(seed.gitDir)
    expect(Object.keys(seed.branches)).toEqual(['main', 'pr-spec-kit-problems'])
  })

  it('fails with the path when the base folder does not exist', async () => {
    await expect(seedRepo({ base: '/nonexistent/shop' })).rejects.toThrow('/nonexistent/shop')
  })
})
