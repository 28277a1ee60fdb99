import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '../../..')
const text = readFileSync(join(root, '.github/workflows/pr-checks.yml'), 'utf8')
const workflow = parse(text) as {
  on: unknown
  permissions: Record<string, string>
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>
}
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps)

describe('.github/workflows/pr-checks.yml', () => {
  it('checks this repository with its own spec-kit and manifest actions', () => {
    const local = steps.map((s) => s.uses).filter((u) => u?.startsWith('./'))
    expect(local.sort()).toEqual(['./actions/manifest', './actions/spec-kit'])
    for (const s of steps.filter((x) => x.uses?.startsWith('./actions/'))) expect(s.with).toEqual({ dir: '.' })
  })

  it('pins every third-party action to a full commit SHA', () => {
    for (const uses of steps.map((s) => s.uses).filter((u): u is string => u !== undefined && !u.startsWith('./'))) {
      expect(uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
    }
  })

  it('keeps persist-credentials off on every checkout and the token read-only', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'))
    expect(checkouts.length).toBeGreaterThan(0)
    for (const c of checkouts) expect(c.with?.['persist-credentials']).toBe(false)
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  it('never puts event data into a shell script', () => {
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{\s*github\.event\./)
  })
})
