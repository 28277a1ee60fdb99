import type { EvidenceRecord } from '../../../../src/engine/evidence/evidence-record.ts'

/** A realistic record of a finished check run; `over` replaces fields. */
export function record(over: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return {
    status: 'FAIL',
    op: 'manifest.verify',
    title: '2 manifest problems',
    summary: 'Checked **14** addons.',
    actor: 'octocat',
    commit: '3f786850e387550fdab836ed7e6dc881de23001b',
    ranAt: '2026-11-21T15:40:12.000Z',
    findings: [
      {
        path: 'addons/ipai_sale/__manifest__.py',
        line: 4,
        column: 5,
        level: 'failure',
        ruleId: 'manifest/version',
        message: 'version "17.0.1" must have 5 parts | like 17.0.1.0.0',
      },
      {
        path: 'addons/ipai_stock/__manifest__.py',
        line: 1,
        level: 'warning',
        ruleId: 'manifest/license',
        message: 'no license',
      },
    ],
    trace: [
      {
        name: 'parse',
        startedAt: '2026-11-21T15:40:12.000Z',
        endedAt: '2026-11-21T15:40:12.050Z',
        status: 'succeeded',
      },
    ],
    pdrs: [
      {
        rule: 'checks.manifest',
        verdict: 'allow',
        reason: 'enabled in .github/oda.yml',
        inputs: {},
        at: '2026-11-21T15:40:12.000Z',
      },
    ],
    inputs: { dir: '.', failOn: 'failure' },
    artifacts: [],
    runId: 'run-1',
    face: 'cli',
    conclusion: 'failure',
    ...over,
  }
}
