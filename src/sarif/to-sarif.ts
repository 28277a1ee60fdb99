import type { Log, ReportingDescriptor, Result, Run } from 'sarif'
import type { Finding, FindingLevel } from '../op/report.ts'

/** A rule as SARIF describes it; only `id` and `description` are required. */
export interface SarifRuleInput {
  id: string
  description: string
  /** Longer help text (markdown allowed). */
  help?: string
  helpUri?: string
  /** GitHub code scanning's 0.0-10.0 score for security rules (shown as critical/high/medium/low). */
  securitySeverity?: number
  tags?: readonly string[]
}

/** One category of results: becomes one SARIF run (GitHub keys code-scanning analyses by category). */
export interface SarifReportInput {
  category: string
  toolName: string
  toolVersion?: string
  informationUri?: string
  rules: readonly SarifRuleInput[]
  findings: readonly Finding[]
}

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const levelOf: Record<FindingLevel, Result.level> = { failure: 'error', warning: 'warning', notice: 'note' }

/**
 * Renders findings as a SARIF 2.1.0 log that GitHub code scanning accepts: one run per
 * category (inputs sharing a category are merged), rules deduplicated by id and referenced
 * by index, repository-relative URIs, and each finding's fingerprint as a partial fingerprint.
 */
export function toSarif(reports: readonly SarifReportInput[]): Log {
  const byCategory = new Map<string, SarifReportInput[]>()
  for (const r of reports) {
    const group = byCategory.get(r.category)
    if (group) group.push(r)
    else byCategory.set(r.category, [r])
  }
  const runs: Run[] = [...byCategory].map(([category, group]) => buildRun(category, group))
  return { $schema: SCHEMA, version: '2.1.0', runs }
}

function buildRun(category: string, group: readonly SarifReportInput[]): Run {
  const head = group[0]!
  const rules: ReportingDescriptor[] = []
  const index = new Map<string, number>()
  const addRule = (r: SarifRuleInput): void => {
    if (index.has(r.id)) return
    index.set(r.id, rules.length)
    rules.push(toDescriptor(r))
  }
  for (const g of group) for (const r of g.rules) addRule(r)
  const results: Result[] = []
  for (const g of group) {
    for (const f of g.findings) {
      if (!index.has(f.ruleId)) addRule({ id: f.ruleId, description: f.title ?? f.ruleId })
      results.push(toResult(f, index.get(f.ruleId)!))
    }
  }
  return {
    tool: {
      driver: {
        name: head.toolName,
        ...(head.toolVersion ? { semanticVersion: head.toolVersion, version: head.toolVersion } : {}),
        ...(head.informationUri ? { informationUri: head.informationUri } : {}),
        rules,
      },
    },
    automationDetails: { id: category.endsWith('/') ? category : `${category}/` },
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    results,
  }
}

function toDescriptor(r: SarifRuleInput): ReportingDescriptor {
  const properties: Record<string, unknown> = {}
  if (r.tags && r.tags.length > 0) properties.tags = [...r.tags]
  if (r.securitySeverity !== undefined) properties['security-severity'] = r.securitySeverity.toFixed(1)
  return {
    id: r.id,
    name: toPascal(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    ...(r.help ? { help: { text: r.help, markdown: r.help } } : {}),
    ...(r.helpUri ? { helpUri: r.helpUri } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  }
}

function toResult(f: Finding, ruleIndex: number): Result {
  const region: Record<string, number> = { startLine: f.line }
  if (f.column !== undefined) region.startColumn = f.column
  if (f.endLine !== undefined && f.endLine >= f.line) region.endLine = f.endLine
  if (
    f.endColumn !== undefined &&
    (f.endLine === undefined || f.endLine === f.line) &&
    f.column !== undefined &&
    f.endColumn >= f.column
  )
    region.endColumn = f.endColumn
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: levelOf[f.level],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path), uriBaseId: '%SRCROOT%' }, region } }],
    ...(f.fingerprint ? { partialFingerprints: { 'odaFingerprint/v1': f.fingerprint } } : {}),
    ...(f.properties ? { properties: { ...f.properties } } : {}),
  }
}

/** Repository-relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/')
}

function toPascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
}
