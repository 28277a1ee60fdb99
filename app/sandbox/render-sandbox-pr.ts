import type { SandboxPrResult } from './sandbox-pr.ts'

const marks: Record<string, string> = {
  success: '✓',
  neutral: '○',
  skipped: '○',
  failure: '✗',
  action_required: '!',
  cancelled: '✗',
  timed_out: '✗',
}

/** Human-readable report of `oda sandbox pr`: each check run with its summary and annotations. */
export function renderSandboxPr(r: SandboxPrResult): string {
  const out = [
    `PR #${r.pull.number} ${r.pull.head} -> ${r.pull.base} (${r.pull.headSha.slice(0, 7)}) on ${r.repo} (simulated GitHub)`,
    '',
  ]
  if (r.checkRuns.length === 0) out.push('No check runs: no oda check is enabled for this repository.', '')
  for (const run of r.checkRuns) {
    out.push(
      `${marks[run.conclusion ?? ''] ?? '…'} ${run.name}: ${run.conclusion ?? run.status}${run.title ? `: ${run.title}` : ''}`,
    )
    for (const line of (run.summary ?? '').split('\n')) out.push(`    ${line}`.trimEnd())
    if (run.annotations.length > 0) {
      out.push(`    annotations (${run.annotations.length}):`)
      for (const a of run.annotations) {
        const where = a.endLine !== a.startLine ? `${a.path}:${a.startLine}-${a.endLine}` : `${a.path}:${a.startLine}`
        out.push(`      ${where} ${a.level}${a.title ? ` [${a.title}]` : ''} ${a.message.split('\n')[0] ?? ''}`)
      }
    }
    out.push('')
  }
  out.push(`verdict: ${r.verdict} (exit ${r.exitCode})`)
  return out.join('\n') + '\n'
}
