import type { Finding, FindingLevel } from '../op/report.ts'
import { specKitRules, type SpecKitRuleId } from './spec-kit-rules.ts'

const defaultLevels = new Map<string, FindingLevel>(specKitRules.map((r) => [r.id, r.level]))

/** Arguments of makeFinding; `level` overrides the rule's default for this one finding. */
export interface FindingArgs {
  rule: SpecKitRuleId
  path: string
  line?: number
  column?: number
  message: string
  level?: FindingLevel
  properties?: Record<string, unknown>
}

/** Builds a spec-kit finding with the rule's default level and a short title. */
export function makeFinding(a: FindingArgs): Finding {
  const f: Finding = {
    path: a.path,
    line: Math.max(1, a.line ?? 1),
    level: a.level ?? defaultLevels.get(a.rule) ?? 'failure',
    ruleId: a.rule,
    title: a.rule,
    message: a.message,
  }
  if (a.column !== undefined) f.column = Math.max(1, a.column)
  if (a.properties) f.properties = a.properties
  return f
}
