import type { Redactor } from '../log/redactor.ts'
import { runCommand } from '../exec/run-command.ts'
import type { Face, TraceStep } from '../op/context.ts'
import { writeEvidencePack } from './evidence/write-evidence-pack.ts'
import type { Report } from '../op/report.ts'
import type { PolicyDecision } from './run-record.ts'

/** Writes the evidence pack of a finished run; returns where and its digest. */
export async function recordEvidence(o: {
  root: string
  topic: string
  runId: string
  op: string
  actor: string
  face: Face
  input: unknown
  report: Report
  trace: readonly TraceStep[]
  pdrs: readonly PolicyDecision[]
  cwd: string | undefined
  redactor: Redactor
  when: Date
  /** Folder the report's relative artifact paths resolve against. */
  artifactsBase: string
}): Promise<{ dir: string; digest: string }> {
  return writeEvidencePack({
    root: o.root,
    topic: o.topic,
    when: o.when,
    redactor: o.redactor,
    artifactsBase: o.artifactsBase,
    record: {
      status: o.report.conclusion === 'success' || o.report.conclusion === 'neutral' ? 'PASS' : 'FAIL',
      op: o.op,
      runId: o.runId,
      face: o.face,
      title: o.report.title,
      summary: o.report.summary,
      conclusion: o.report.conclusion,
      actor: o.actor,
      commit: await headCommit(o.cwd),
      ranAt: o.when.toISOString(),
      findings: o.report.findings,
      trace: [...o.trace],
      pdrs: [...o.pdrs],
      inputs: o.input,
      data: o.report.data,
      artifacts: o.report.artifacts.map((a) => ({ name: a.name, path: a.path })),
    },
  })
}

async function headCommit(cwd: string | undefined): Promise<string | undefined> {
  if (cwd === undefined) return undefined
  const r = await runCommand({ file: 'git', args: ['rev-parse', 'HEAD'], cwd })
  return r.exitCode === 0 ? r.stdout.trim() : undefined
}
