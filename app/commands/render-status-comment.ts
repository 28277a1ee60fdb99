import type { RejectedCommand } from '../../src/commands/command-spec.ts'
import type { RunRecord } from '../../src/engine/run-record.ts'

/** What one status comment shows; it is rewritten in place as the command moves on. */
export interface StatusView {
  /** The command line as written (redacted by the caller). */
  text: string
  actor: string
  permission?: string
  /** Link to the comment that asked. */
  commentUrl: string
  phase: 'running' | 'done' | 'rejected'
  record?: RunRecord
  rejection?: RejectedCommand
}

// A marker GitHub does not show: lets tools find oda's status comments, and says which comment asked.
const MARKER = '<!-- oda:command-status -->'

const ICON: Record<string, string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  cancelled: '⏹️ cancelled',
  timed_out: '⏱️ timed out',
  running: '⏳ running',
  queued: '⏳ queued',
}

/** Markdown of the one status comment of a command. Every value shown comes from the redacted run record. */
export function renderStatusComment(v: StatusView): string {
  const head = `${MARKER}\n### oda \`${code(v.text)}\``
  const who = `[asked](${v.commentUrl}) by @${v.actor}${v.permission ? ` (${v.permission})` : ''}`
  if (v.phase === 'rejected' && v.rejection) {
    return [
      head,
      `❓ **Not run**: ${esc(v.rejection.error)}`,
      '',
      ...(v.rejection.usage ? [`Usage: \`${code(v.rejection.usage)}\``, ''] : []),
      `${who}. Nothing was executed. \`/help\` lists the commands you may run.`,
    ].join('\n')
  }
  const r = v.record
  if (!r || v.phase === 'running') return [head, `⏳ **running** · ${who}${r ? ` · run \`${r.id}\`` : ''}`].join('\n')
  const denial = r.pdrs.find((d) => d.verdict === 'deny')
  const status = denial ? '⛔ denied' : (ICON[r.state] ?? r.state)
  const data = (r.report?.data ?? {}) as Record<string, unknown>
  const facts = [
    ['result', `${status}: ${esc(r.title ?? '')}`],
    ['asked', who],
    ...(typeof data['environment'] === 'string' ? [['environment', `\`${code(data['environment'])}\``]] : []),
    ...(typeof data['refName'] === 'string' ? [['ref', `\`${code(data['refName'])}\``]] : []),
    ...(typeof data['sha'] === 'string' && data['sha'] ? [['sha', `\`${code(data['sha'])}\``]] : []),
    ...(typeof data['workflowRunUrl'] === 'string' ? [['workflow run', esc(data['workflowRunUrl'])]] : []),
    ...(typeof data['deploymentId'] === 'number' ? [['deployment', `#${data['deploymentId']}`]] : []),
    ['run', `\`${r.id}\`${r.evidenceDigest ? ` · evidence sha256 \`${r.evidenceDigest.slice(0, 16)}…\`` : ''}`],
  ]
  const out = [head, '', '| | |', '|---|---|', ...facts.map(([k, val]) => `| ${k} | ${val} |`)]
  if (r.pdrs.length > 0)
    out.push(
      '',
      `<details><summary>Policy decisions (${r.pdrs.length})</summary>`,
      '',
      '| rule | verdict | reason |',
      '|---|---|---|',
      ...r.pdrs.map((d) => `| ${esc(d.rule)} | ${d.verdict} | ${esc(d.reason)} |`),
      '',
      '</details>',
    )
  if (r.trace.length > 0)
    out.push(
      '',
      `<details><summary>Steps (${r.trace.length})</summary>`,
      '',
      '| step | status | took |',
      '|---|---|---|',
      ...r.trace.map((s) => `| ${esc(s.name)} | ${s.status} | ${took(s.startedAt, s.endedAt)} |`),
      '',
      '</details>',
    )
  const summary = r.report?.summary?.trim()
  if (summary) {
    // Short answers (/help, /locks) are the point of the command: shown open; long ones folded.
    if (summary.length < 4000 && r.trace.length <= 1) out.push('', summary)
    else out.push('', '<details><summary>Report</summary>', '', summary, '', '</details>')
  }
  return out.join('\n')
}

function took(from: string, to: string | undefined): string {
  if (!to) return ''
  const ms = Date.parse(to) - Date.parse(from)
  return Number.isFinite(ms) ? (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`) : ''
}

function esc(text: string): string {
  return text.replace(/[|<>]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ')
}

function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\r?\n/g, ' ').slice(0, 200)
}
