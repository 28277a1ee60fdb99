import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { listKitTree, readKitFiles, safeRelative } from '../../../src/speckit/read-kit-tree.ts'
import { SpecKitPathError } from '../../../src/speckit/spec-kit-path-error.ts'

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-speckit-tree-'))
  mkdirSync(join(root, 'spec/oda'), { recursive: true })
  mkdirSync(join(root, '.specify/memory'), { recursive: true })
  mkdirSync(join(root, 'specs/001-a'), { recursive: true })
  mkdirSync(join(root, 'src/deep/er'), { recursive: true })
  writeFileSync(join(root, 'spec/oda/tasks.md'), '# T\n')
  writeFileSync(join(root, '.specify/memory/constitution.md'), '# C\n')
  writeFileSync(join(root, 'specs/001-a/spec.md'), '# S\n')
  writeFileSync(join(root, 'src/deep/er/x.md'), 'x')
  return root
}

describe('listKitTree', () => {
  it('lists only the kit folders, two levels deep', () => {
    const root = repo()
    const l = listKitTree(root, [])
    expect([...l.files].sort()).toEqual(['.specify/memory/constitution.md', 'spec/oda/tasks.md', 'specs/001-a/spec.md'])
    expect(l.dirs.has('src')).toBe(true)
    expect(l.dirs.has('src/deep')).toBe(false)
  })
  it('follows symlinked kit files and skips dangling links', () => {
    const root = repo()
    symlinkSync(join(root, 'spec/oda/tasks.md'), join(root, 'spec/oda/plan.md'))
    symlinkSync(join(root, 'nowhere.md'), join(root, 'spec/oda/prd.md'))
    const l = listKitTree(root, [])
    expect(l.files.has('spec/oda/plan.md')).toBe(true)
    expect(l.files.has('spec/oda/prd.md')).toBe(false)
  })
})

describe('readKitFiles', () => {
  it('reads files, and reports missing, oversized and non-regular files without reading them', () => {
    const root = repo()
    writeFileSync(join(root, 'spec/oda/prd.md'), 'x'.repeat(50))
    mkdirSync(join(root, 'spec/oda/plan.md'))
    execFileSync('mkfifo', [join(root, 'spec/oda/constitution.md')])
    const files = readKitFiles(
      root,
      ['spec/oda/tasks.md', 'spec/oda/prd.md', 'spec/oda/plan.md', 'spec/oda/constitution.md', 'spec/oda/none.md'],
      10,
    )
    expect([...files.values()].map((f) => [f.path, f.kind])).toEqual([
      ['spec/oda/tasks.md', 'bytes'],
      ['spec/oda/prd.md', 'too-large'],
      ['spec/oda/plan.md', 'not-a-file'],
      ['spec/oda/constitution.md', 'not-a-file'],
      ['spec/oda/none.md', 'missing'],
    ])
  })
})

describe('safeRelative', () => {
  it('refuses paths that leave the repository', () => {
    expect(() => safeRelative('/repo', '../etc')).toThrow(SpecKitPathError)
    expect(() => safeRelative('/repo', '/etc')).toThrow(/outside the repository/)
    expect(safeRelative('/repo', './spec/oda/')).toBe('spec/oda')
  })
})
