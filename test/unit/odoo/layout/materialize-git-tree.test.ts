import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { materializeGitTree } from '../../../../src/odoo/layout/materialize-git-tree.ts'

const LONG = `${'very_long_folder_name_'.repeat(6)}x/addon_with_a_long_path`

describe('materializeGitTree', () => {
  it('writes the selected files of a revision, long paths included, big ones as sparse files, never links', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'oda-tree-'))
    const files: Record<string, string> = {
      'a/__manifest__.py': '{"name": "A"}\n',
      [`${LONG}/__manifest__.py`]: '{"name": "Long"}\n',
      'big/__manifest__.py': `{"name": "${'x'.repeat(5000)}"}\n`,
      'a/models/a.py': 'print(1)\n',
      'glob[*]/__manifest__.py': '{"name": "odd"}\n',
    }
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, p)), { recursive: true })
      writeFileSync(join(repo, p), text)
    }
    mkdirSync(join(repo, 'link'))
    symlinkSync('/etc/passwd', join(repo, 'link', '__manifest__.py'))
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo })
    }
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-q', '-m', 'x')
    // The working tree changes afterwards: the revision is what counts.
    writeFileSync(join(repo, 'a/__manifest__.py'), '{"name": "changed"}\n')
    const into = mkdtempSync(join(tmpdir(), 'oda-into-'))
    const r = await materializeGitTree({
      root: repo,
      ref: 'HEAD',
      into,
      wanted: (p) => basename(p) === '__manifest__.py',
      maxFileBytes: 1024,
      exec: createOpContext({ cwd: repo }).exec,
    })
    expect(r.ok && [...r.paths].sort()).toEqual([...Object.keys(files), 'link/__manifest__.py'].sort())
    expect(readFileSync(join(into, 'a/__manifest__.py'), 'utf8')).toBe('{"name": "A"}\n')
    expect(readFileSync(join(into, LONG, '__manifest__.py'), 'utf8')).toBe('{"name": "Long"}\n')
    expect(readFileSync(join(into, 'glob[*]/__manifest__.py'), 'utf8')).toBe('{"name": "odd"}\n')
    expect(statSync(join(into, 'big/__manifest__.py')).size).toBe(files['big/__manifest__.py']?.length)
    expect(() => statSync(join(into, 'a/models/a.py'))).toThrow(/ENOENT/)
    expect(() => statSync(join(into, 'link/__manifest__.py'))).toThrow(/ENOENT/)
  })

  it('reports a revision git does not know', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'oda-tree-'))
    execFileSync('git', ['init', '-q', repo])
    const r = await materializeGitTree({
      root: repo,
      ref: 'nope',
      into: mkdtempSync(join(tmpdir(), 'oda-into-')),
      wanted: () => true,
      maxFileBytes: 1024,
      exec: createOpContext({ cwd: repo }).exec,
    })
    expect(r).toEqual({ ok: false, error: 'fatal: Not a valid object name nope' })
  })
})
