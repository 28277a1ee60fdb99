import type { Redactor } from '../log/redactor.ts'
import { runCommand } from '../exec/run-command.ts'
import type { Face, TraceStep } from '../op/context.ts'
import { writeEvidencePack } from './evidence/write-evidence-pack.ts'
import type { Report } from '../op/report.ts'
import type { PolicyDecision } from './run-record.ts'

/** Writes the evidence pack of a finished run; returns where and its digest. */
export async function recordEvidence(evidence: {
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
    root: evidence.root,
    topic: evidence.topic,
    when: evidence.when,
    redactor: evidence.redactor,
    artifactsBase: evidence.artifactsBase,
    record: {
      status: evidence.report.conclusion === 'success' || evidence.report.conclusion === 'neutral' ? 'PASS' : 'FAIL',
      op: evidence.op,
      runId: evidence.runId,
      face: evidence.face,
      title: evidence.report.title,
      summary: evidence.report.summary,
      conclusion: evidence.report.conclusion,
      actor: evidence.actor,
      commit: await headCommit(evidence.cwd),
      ranAt: evidence.when.toISOString(),
      findings: evidence.report.findings,
      trace: [...evidence.trace],
      pdrs: [...evidence.pdrs],
      inputs: evidence.input,
      data: evidence.report.data,
      artifacts: evidence.report.artifacts.map((a) => ({ name: a.name, path: a.path })),
    },
  })
}

async function headCommit(cwd: string | undefined): Promise<string | undefined> {
  if (cwd === undefined) return undefined
  const r = await runCommand({ file: 'git', args: ['rev-parse', 'HEAD'], cwd })
  return r.exitCode === 0 ? r.stdout.trim() : undefined
}
