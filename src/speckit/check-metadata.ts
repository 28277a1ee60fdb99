import type { Finding } from '../op/report.ts'
import type { ParsedDoc } from './kit-types.ts'
import { makeFinding } from './make-finding.ts'
import { visibleLines } from './visible-lines.ts'

// semver.org's grammar: MAJOR.MINOR.PATCH, optional pre-release and build metadata
const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/
const versionField = /(?:^|\|)\s*(?:[-+>]\s+)?(?:constitution\s+)?(?:version|版本)\s*[:：]\s*([^\s|,;]*)/gi
const dateField =
  /(?:^|\|)\s*(?:[-+>]\s+)?(ratified|last amended|amended|adopted|created|last updated|updated|date|批准日期|最后修订|创建日期)\s*[:：]\s*([^|;]*)/gi

/**
 * Version and date fields. The constitution must carry a semver version line and ISO
 * dates (Spec Kit's constitution command asks for both); other documents only get
 * their date fields checked, at warning level.
 */
export function checkMetadata(doc: ParsedDoc): Finding[] {
  const isConstitution = doc.role === 'constitution'
  const findings: Finding[] = []
  let versions = 0
  const dates: { label: string; value: string; line: number; column: number }[] = []
  for (const { line, text } of visibleLines(doc)) {
    if (isConstitution) {
      for (const m of text.matchAll(versionField)) {
        versions++
        const value = m[1]!
        if (value.startsWith('[')) continue // a template slot: the placeholder rule reports it
        if (!semver.test(value)) {
          const column = m.index + m[0].length - value.length + 1
          findings.push(
            makeFinding({
              rule: 'spec-kit/constitution-version',
              path: doc.path,
              line,
              column,
              message: `constitution version "${value}" is not semantic versioning: expected MAJOR.MINOR.PATCH such as 1.0.0`,
              properties: { value },
            }),
          )
        }
      }
    }
    for (const m of text.matchAll(dateField)) {
      const value = m[2]!.trim()
      const column = m.index + m[0].indexOf(m[2]!) + 1
      if (value === '' || value.startsWith('[')) continue
      dates.push({ label: m[1]!.toLowerCase(), value, line, column })
    }
  }
  if (isConstitution && versions === 0) {
    findings.push(
      makeFinding({
        rule: 'spec-kit/constitution-version',
        path: doc.path,
        message:
          'constitution has no version line: add "**Version**: 1.0.0 | **Ratified**: YYYY-MM-DD | **Last Amended**: YYYY-MM-DD"',
      }),
    )
  }
  const level = undefined
  const parsed = new Map<string, number>()
  for (const d of dates) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?=\s|$)/.exec(d.value)
    const time = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : NaN
    const valid = iso !== null && new Date(time).toISOString().slice(0, 10) === iso[0]
    if (!valid) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/iso-date',
          level,
          path: doc.path,
          line: d.line,
          column: d.column,
          message: `${d.label} date "${d.value}" is not an ISO date: expected YYYY-MM-DD such as 2025-06-13`,
          properties: { value: d.value },
        }),
      )
      continue
    }
    if (!parsed.has(d.label)) parsed.set(d.label, time)
    const ratified = parsed.get('ratified')
    if (d.label === 'last amended' && ratified !== undefined && time < ratified) {
      findings.push(
        makeFinding({
          rule: 'spec-kit/iso-date',
          level,
          path: doc.path,
          line: d.line,
          column: d.column,
          message: `last amended date ${iso![0]} is before the ratified date ${new Date(ratified).toISOString().slice(0, 10)}`,
        }),
      )
    }
  }
  return findings
}
