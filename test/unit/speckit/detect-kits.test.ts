import { describe, expect, it } from 'vitest'
import { detectKits, featureDirName, normalizeDir } from '../../../src/speckit/detect-kits.ts'

const listing = (dirs: string[], files: string[] = []) => ({ dirs: new Set(['', ...dirs]), files: new Set(files) })

describe('detectKits', () => {
  it('finds four-file kits under spec/ that hold at least one kit file', () => {
    const r = detectKits(
      listing(['spec', 'spec/oda', 'spec/support'], ['spec/oda/tasks.md', 'spec/support/helper.rb']),
      [],
    )
    expect(r.kits.map((k) => [k.layout, k.root, k.docs.map((d) => d.path)])).toEqual([
      [
        'four-file',
        'spec/oda',
        ['spec/oda/constitution.md', 'spec/oda/prd.md', 'spec/oda/plan.md', 'spec/oda/tasks.md'],
      ],
    ])
  })
  it('finds Spec Kit features with the shared constitution, plan and tasks only warned when missing', () => {
    const r = detectKits(
      listing(['.specify', '.specify/memory', 'specs', 'specs/001-login', 'specs/20250914-101500-export']),
      [],
    )
    expect(r.kits.map((k) => k.root)).toEqual(['specs/001-login', 'specs/20250914-101500-export'])
    expect(r.kits[0]!.docs.map((d) => [d.role, d.path, d.missingLevel])).toEqual([
      ['constitution', '.specify/memory/constitution.md', 'failure'],
      ['spec', 'specs/001-login/spec.md', 'failure'],
      ['plan', 'specs/001-login/plan.md', 'warning'],
      ['tasks', 'specs/001-login/tasks.md', 'warning'],
    ])
  })
  it('reports badly named feature folders and still checks the constitution', () => {
    const r = detectKits(listing(['.specify', 'specs', 'specs/Login_v2', 'specs/01-short']), [])
    expect(r.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['spec-kit/feature-dir-name', 'specs/01-short'],
      ['spec-kit/feature-dir-name', 'specs/Login_v2'],
    ])
    expect(r.kits.map((k) => [k.root, k.docs.map((d) => d.role)])).toEqual([['.specify', ['constitution']]])
  })
  it('ignores a specs/ folder that is not a Spec Kit and a repository without kits', () => {
    expect(detectKits(listing(['specs', 'specs/unit']), [])).toEqual({ kits: [], findings: [] })
    expect(detectKits(listing([]), [])).toEqual({ kits: [], findings: [] })
  })
  it('uses configured paths: four-file kit, Spec Kit root, single feature, missing folder', () => {
    const l = listing([
      'docs',
      'docs/kit',
      'product',
      'product/.specify',
      'product/specs',
      'product/specs/002-cart',
      'specs',
      'specs/003-pay',
    ])
    const r = detectKits(l, ['./docs/kit/', 'product', 'specs/003-pay', 'nowhere'])
    expect(r.kits.map((k) => [k.layout, k.root])).toEqual([
      ['four-file', 'docs/kit'],
      ['spec-kit', 'product/specs/002-cart'],
      ['spec-kit', 'specs/003-pay'],
    ])
    expect(r.kits[1]!.docs[0]!.path).toBe('product/.specify/memory/constitution.md')
    expect(r.kits[2]!.docs[0]!.path).toBe('.specify/memory/constitution.md')
    expect(r.findings).toMatchObject([{ ruleId: 'spec-kit/missing-kit', path: 'nowhere' }])
  })
})

describe('featureDirName and normalizeDir', () => {
  it('accepts sequential and timestamp feature names only', () => {
    expect(['001-login', '1234-a-b', '20250914-101500-export'].every((n) => featureDirName.test(n))).toBe(true)
    expect(['01-login', '001_login', '001-Login', '001-', 'login'].some((n) => featureDirName.test(n))).toBe(false)
  })
  it('normalises kit paths', () => {
    expect([normalizeDir('./spec/oda/'), normalizeDir('.'), normalizeDir('spec\\oda')]).toEqual([
      'spec/oda',
      '',
      'spec/oda',
    ])
  })
})
