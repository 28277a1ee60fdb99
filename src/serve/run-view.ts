import type { RunRecord } from '../engine/run-record.ts'

/** Findings shown inline; the full list is in the run's report. */
const MAX_FINDINGS = 200

/**
 * A run as the remote faces show it: state, PDRs, trace, report and evidence, without the
 * server's filesystem paths (the repository is named, the evidence pack is a link).
 */
export function runView(run: RunRecord, base = '/api/v1'): Record<string, unknown> {
  const report = run.report
  return {
    id: run.id,
    op: run.op,
    repo: run.externalRef['repo'],
    actor: run.actor,
    face: run.face,
    state: run.state,
    conclusion: run.conclusion,
    title: run.title,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    input: withoutRepoDir(run.input),
    pdrs: run.pdrs,
    trace: run.trace,
    report: report && {
      conclusion: report.conclusion,
      title: report.title,
      summary: report.summary,
      findings: report.findings.slice(0, MAX_FINDINGS),
      findingsTotal: report.findings.length,
      data: report.data,
    },
    artifacts: run.artifacts.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      sha256: a.sha256,
      bytes: a.bytes,
    })),
    evidence: run.evidenceDigest ? { digest: run.evidenceDigest, href: `${base}/runs/${run.id}/evidence` } : undefined,
    error: run.error?.split('\n')[0],
    links: { self: `${base}/runs/${run.id}`, events: `${base}/runs/${run.id}/events` },
  }
}

/** The recorded input without the folder the server filled in (callers named the repository). */
function withoutRepoDir(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !('dir' in input)) return input
  const { dir: _dir, ...rest } = input as Record<string, unknown>
  return rest
}
