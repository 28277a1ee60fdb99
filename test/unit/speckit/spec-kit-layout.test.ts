import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createOpContext } from '../../../src/engine/create-context.ts'
import { specKitReportOp } from '../../../src/ops/spec-kit-report/index.ts'
import { specKitValidateOp } from '../../../src/ops/spec-kit-validate/index.ts'

// A filled-in GitHub Spec Kit feature in the structure the current templates generate
// (front matter, Format section, phases per story, Dependencies, Parallel Example, Notes).
const fixture = 'test/fixtures/speckit/spec-kit-repo'

describe('a GitHub Spec Kit repository', () => {
  it('validates without findings when every document is filled in', async () => {
    const root = mkdtempSync(join(tmpdir(), 'oda-speckit-layout-'))
    cpSync(fixture, root, { recursive: true })
    const r = await specKitValidateOp.run(createOpContext({ cwd: root }), specKitValidateOp.input.parse({}))
    // a typical user leaves the template's "ACTION REQUIRED" comments: notices, never failures
    expect(r.conclusion).toBe('success')
    expect(r.findings.map((f) => `${f.path}:${f.line} ${f.level} ${f.ruleId}`)).toEqual([
      'specs/001-order-export/spec.md:45 notice spec-kit/template-placeholder',
      'specs/001-order-export/spec.md:62 notice spec-kit/template-placeholder',
    ])
    expect(r.data).toMatchObject({ kits: [{ layout: 'spec-kit', root: 'specs/001-order-export', tasks: 8, done: 4 }] })
  })
  it('reports status per phase of the feature', async () => {
    const r = await specKitReportOp.run(createOpContext({ cwd: fixture }), specKitReportOp.input.parse({}))
    expect(r.summary).toContain(
      '| 3 | User Story 1 - Nightly export (Priority: P1) 🎯 MVP | 1 | 0 | 2 | 0 | 0 | 3 | 33% |',
    )
    expect(r.title).toBe('spec-kit: 4/8 tasks done (50%) in 1 kit')
  })
})
