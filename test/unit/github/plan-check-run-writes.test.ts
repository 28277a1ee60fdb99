import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../src/op/report.ts'
import { makeReport } from '../../../src/op/report.ts'
import { defaultCheckRunActions } from '../../../src/github/check-run-actions.ts'
import { planCheckRunWrites, planStartedCheckRun } from '../../../src/github/plan-check-run-writes.ts'

function findings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `addons/a${i % 7}/__manifest__.py`,
    line: i + 1,
    level: i % 3 === 0 ? 'failure' : 'warning',
    ruleId: `rule-${i % 4}`,
    message: `problem ${i}`,
  }))
}

const base = {
  name: 'oda / manifest',
  headSha: 'a'.repeat(40),
  completedAt: '2026-01-01T00:00:01Z',
  startedAt: '2026-01-01T00:00:00Z',
  fullListAt: 'the evidence pack',
  actions: defaultCheckRunActions(),
}

describe('planCheckRunWrites', () => {
  it('creates a fast check already completed in one request when it has at most 50 findings', () => {
    const writes = planCheckRunWrites({
      ...base,
      existing: false,
      report: makeReport({ conclusion: 'failure', title: '3 problems', findings: findings(50) }),
    })
    expect(writes).toHaveLength(1)
    const [w] = writes
    expect(w?.kind).toBe('create')
    expect(w?.body).toMatchObject({
      name: 'oda / manifest',
      head_sha: base.headSha,
      status: 'completed',
      conclusion: 'failure',
      started_at: base.startedAt,
    })
    expect(w?.body.output?.annotations).toHaveLength(50)
    expect(w?.body.actions).toEqual([{ label: 'Re-run', description: 'Run this oda check again', identifier: 'rerun' }])
  })

  it('sends 120 findings as one create and two updates, in order, each annotation once', () => {
    const report = makeReport({ conclusion: 'failure', title: 't', findings: findings(120) })
    const writes = planCheckRunWrites({ ...base, existing: false, report })
    expect(writes.map((w) => w.kind)).toEqual(['create', 'update', 'update'])
    expect(writes.map((w) => w.body.output?.annotations?.length)).toEqual([50, 50, 20])
    const sent = writes.flatMap((w) => w.body.output?.annotations ?? [])
    expect(sent.map((a) => a.start_line)).toEqual(report.findings.map((f) => f.line))
    for (const w of writes.slice(1)) {
      expect(w.body.output?.title).toBe('t')
      expect(w.body.output?.summary).toBe(writes[0]?.body.output?.summary)
      expect(w.body.name).toBeUndefined()
      expect(w.body.conclusion).toBeUndefined()
    }
  })

  it('completes an existing in-progress run with updates only and no name or head sha', () => {
    const writes = planCheckRunWrites({
      ...base,
      existing: true,
      report: makeReport({ conclusion: 'success', title: 'ok' }),
    })
    expect(writes).toHaveLength(1)
    expect(writes[0]?.kind).toBe('update')
    expect(writes[0]?.body).not.toHaveProperty('name')
    expect(writes[0]?.body).not.toHaveProperty('head_sha')
    expect(writes[0]?.body.output?.annotations).toBeUndefined()
  })

  it('caps annotations and says in the summary how many were annotated', () => {
    const writes = planCheckRunWrites({
      ...base,
      existing: false,
      maxAnnotations: 60,
      report: makeReport({ conclusion: 'failure', title: 't', findings: findings(200) }),
    })
    expect(writes.flatMap((w) => w.body.output?.annotations ?? [])).toHaveLength(60)
    expect(writes[0]?.body.output?.summary).toContain('Only the first 60 findings are annotated')
  })

  it('rejects a fourth button before sending anything', () => {
    const actions = [
      ...defaultCheckRunActions(),
      { label: 'b', description: 'd', identifier: 'b' },
      { label: 'c', description: 'd', identifier: 'c' },
      { label: 'd', description: 'd', identifier: 'd' },
    ]
    expect(() =>
      planCheckRunWrites({
        ...base,
        existing: false,
        actions,
        report: makeReport({ conclusion: 'success', title: 'ok' }),
      }),
    ).toThrow(/4 buttons given, GitHub accepts at most 3/)
  })

  it('rejects a button label longer than 20 characters', () => {
    const actions = [{ label: 'x'.repeat(21), description: 'd', identifier: 'id' }]
    expect(() =>
      planCheckRunWrites({
        ...base,
        existing: false,
        actions,
        report: makeReport({ conclusion: 'success', title: 'ok' }),
      }),
    ).toThrow(/\[0\]\.label.*21 characters, expected 1 to 20/)
  })
})

describe('planStartedCheckRun', () => {
  it('creates the run in progress with its start time and run id', () => {
    const w = planStartedCheckRun({
      name: 'oda / odoo-ci',
      headSha: 'b'.repeat(40),
      startedAt: base.startedAt,
      externalId: 'r1',
    })
    expect(w).toMatchObject({
      kind: 'create',
      body: { status: 'in_progress', started_at: base.startedAt, external_id: 'r1', name: 'oda / odoo-ci' },
    })
    expect(w.body.conclusion).toBeUndefined()
  })
})
