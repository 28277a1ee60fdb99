import type { Report } from '../op/report.ts'
import type { SarifReportInput, SarifRuleInput } from '../sarif/to-sarif.ts'
import type { SecretRule } from './rule.ts'
import { allRules } from './all-rules.ts'

const score: Record<SecretRule['severity'], number> = { high: 8.9, medium: 6.5, low: 3.5 }

/** A rule as SARIF shows it, with GitHub's security-severity so code scanning ranks it. */
export function secretRuleToSarif(rule: SecretRule): SarifRuleInput {
  return {
    id: rule.id,
    description: rule.description,
    help: `${rule.description}. Revoke the credential at its provider, remove it from the code, and load it from the environment or a secret store. A false positive can be marked with \`oda:allow\` on the line or its fingerprint in \`.oda-secrets-ignore\`.`,
    securitySeverity: score[rule.severity],
    tags: ['security', 'secret'],
  }
}

/** The SARIF input for a secrets report: only the rules its findings use, in one `oda-secrets` category. */
export function secretsSarifInput(report: Report): SarifReportInput {
  const used = new Set(report.findings.map((f) => f.ruleId))
  return {
    category: 'oda-secrets',
    toolName: 'oda-secrets',
    rules: allRules()
      .filter((r) => used.has(r.id))
      .map(secretRuleToSarif),
    findings: report.findings,
  }
}
