import type { Finding, FindingLevel } from '../op/report.ts'
import { checkRunLimits } from './check-run-limits.ts'
import { truncateChars, truncateUtf8 } from './truncate-text.ts'

/** GitHub's annotation severities. */
export type AnnotationLevel = 'notice' | 'warning' | 'failure'

/** One check-run annotation, as the REST API takes it. */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: AnnotationLevel
  message: string
  title?: string
}

const levels: Record<FindingLevel, AnnotationLevel> = { failure: 'failure', warning: 'warning', notice: 'notice' }

/** Finding level -> annotation level (same three words; the table keeps the mapping explicit). */
export function annotationLevel(level: FindingLevel): AnnotationLevel {
  return levels[level]
}

/**
 * Maps a finding to an annotation. Columns are only sent for single-line findings, because
 * GitHub rejects `start_column`/`end_column` when `start_line` and `end_line` differ.
 * The rule id prefixes the title so a reader can look the rule up.
 */
export function toAnnotation(f: Finding): CheckAnnotation {
  const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : f.line
  const a: CheckAnnotation = {
    path: f.path.replace(/\\/g, '/').replace(/^\.\//, ''),
    start_line: f.line,
    end_line: endLine,
    annotation_level: annotationLevel(f.level),
    message: truncateUtf8(f.message, checkRunLimits.annotationMessageBytes),
    title: truncateChars(f.title ? `${f.ruleId}: ${f.title}` : f.ruleId, checkRunLimits.annotationTitleChars),
  }
  if (endLine === f.line && f.column !== undefined) {
    a.start_column = f.column
    a.end_column = f.endColumn !== undefined && f.endColumn >= f.column ? f.endColumn : f.column
  }
  return a
}
