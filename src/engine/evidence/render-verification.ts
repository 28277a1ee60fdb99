import type { EvidenceJson } from './evidence-record.ts'

/** A table cell: one line, pipes escaped, so a message can never break the table. */
function cell(text: string | number | undefined): string {
  return (
    String(text ?? '')
      .replace(/\r?\n/g, ' ')
      .replace(/\|/g, '\\|')
      .trim() || ' '
  )
}

function table(head: string[], rows: (string | number | undefined)[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n')
}

/** The human half of a pack: VERIFICATION.md, rendered from the (already redacted) evidence.json. */
export function renderVerification(e: EvidenceJson): string {
  const out: string[] = [
    `# Verification: ${e.topic} — ${e.status}`,
    '',
    table(
      ['', ''],
      [
        ['Status', `**${e.status}**${e.conclusion ? ` (${e.conclusion})` : ''}`],
        ['What ran', `\`${e.op}\`: ${e.title}`],
        ['When', e.ranAt],
        ['Commit', e.commit ?? 'not recorded'],
        ['By', `${e.actor}${e.face ? ` via ${e.face}` : ''}`],
        ...(e.runId ? [['Run', e.runId]] : []),
        [
          'Previous pack',
          e.previous ? `${e.previous.path} (sha256 ${e.previous.digest})` : 'none: first pack of this topic',
        ],
      ],
    ),
    '',
    '## Summary',
    '',
    e.summary.trim() || '_No summary._',
    '',
    `## Findings (${e.findings.length})`,
    '',
    e.findings.length === 0
      ? '_None._'
      : table(
          ['Level', 'Rule', 'Location', 'Message'],
          e.findings.map((f) => [f.level, f.ruleId, `${f.path}:${f.line}${f.column ? `:${f.column}` : ''}`, f.message]),
        ),
  ]
  if (e.trace.length > 0)
    out.push(
      '',
      '## Steps',
      '',
      table(
        ['Step', 'Status', 'Started', 'Ended'],
        e.trace.map((s) => [s.name, s.status, s.startedAt, s.endedAt]),
      ),
    )
  if (e.pdrs.length > 0)
    out.push(
      '',
      '## Policy decisions',
      '',
      table(
        ['Rule', 'Verdict', 'Reason'],
        e.pdrs.map((p) => [p.rule, p.verdict, p.reason]),
      ),
    )
  if (e.artifacts.length > 0) {
    out.push(
      '',
      '## Artifacts',
      '',
      table(
        ['Name', 'File', 'SHA-256', 'Bytes'],
        e.artifacts.map((a) =>
          'missing' in a ? [a.name, `missing: ${a.reason}`, '', ''] : [a.name, a.file, a.sha256, a.bytes],
        ),
      ),
    )
  }
  out.push(
    '',
    '## How to check this pack',
    '',
    'Every file is listed in `SHA256SUMS`: run `sha256sum -c SHA256SUMS` here, or `oda evidence verify <root>` to check every pack and the chain of each topic.',
    '',
  )
  return out.join('\n')
}
