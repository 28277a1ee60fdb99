import type { Op } from '../../op/define-op.ts'
import type { Report } from '../../op/report.ts'
import { toSarif } from '../../sarif/to-sarif.ts'

/**
 * SARIF 2.1.0 for any op's findings, one run per op so code-scanning keeps categories apart.
 * Ops with richer rule metadata (the secret scanner) provide their own `sarif` format.
 */
export function renderSarif(op: Op, report: Report): string {
  const known = new Map((op.rules ?? []).map((r) => [r.id, r.description]))
  const rules = [...new Set(report.findings.map((f) => f.ruleId))].map((id) => ({
    id,
    description: known.get(id) ?? report.findings.find((f) => f.ruleId === id)?.title ?? id,
  }))
  return (
    JSON.stringify(
      toSarif([{ category: `oda/${op.check?.name ?? op.name}`, toolName: 'oda', rules, findings: report.findings }]),
      null,
      2,
    ) + '\n'
  )
}
