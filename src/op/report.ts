import { z } from 'zod'

/** How a run ended, in GitHub check-run vocabulary so every face can map it 1:1. */
export const conclusionSchema = z.enum(['success', 'failure', 'neutral', 'cancelled', 'timed_out', 'action_required'])
export type Conclusion = z.infer<typeof conclusionSchema>

/** Severity of a finding; `failure` maps to an error annotation, `notice` to a notice. */
export const findingLevelSchema = z.enum(['notice', 'warning', 'failure'])
export type FindingLevel = z.infer<typeof findingLevelSchema>

/**
 * One problem a check found, anchored to a file and line so faces can annotate it.
 * `path` is relative to the repository root with forward slashes; `line` is 1-based
 * (use 1 when a finding concerns a whole file).
 */
export const findingSchema = z.object({
  path: z.string(),
  line: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  column: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
  level: findingLevelSchema,
  ruleId: z.string(),
  message: z.string(),
  /** Short title for annotations (GitHub caps it at 255 characters). */
  title: z.string().optional(),
  /** Stable identity of the finding across edits (e.g. rule + path + content hash). */
  fingerprint: z.string().optional(),
  /** Rule-specific machine data (never a secret value). */
  properties: z.record(z.string(), z.unknown()).optional(),
})
export type Finding = z.infer<typeof findingSchema>

/** A file a run produced; `path` is absolute or relative to the run's artifacts folder. */
export const artifactSchema = z.object({
  name: z.string(),
  path: z.string(),
  contentType: z.string().optional(),
  sha256: z.string().optional(),
  bytes: z.number().int().min(0).optional(),
})
export type Artifact = z.infer<typeof artifactSchema>

/** What every op returns: the one result shape all faces render. */
export const reportSchema = z.object({
  conclusion: conclusionSchema,
  title: z.string(),
  /** Markdown shown as the check-run summary / step summary. */
  summary: z.string(),
  /** Longer markdown detail (check-run `text`). */
  text: z.string().optional(),
  findings: z.array(findingSchema),
  artifacts: z.array(artifactSchema),
  /** Op-specific structured result (tests, graph, deploy record...). JSON only. */
  data: z.unknown().optional(),
})
export type Report = z.infer<typeof reportSchema>

/** Builds a report, filling empty findings/artifacts. */
export function makeReport(r: Partial<Report> & Pick<Report, 'conclusion' | 'title'>): Report {
  return { summary: '', findings: [], artifacts: [], ...r }
}

const levelRank: Record<FindingLevel, number> = { notice: 0, warning: 1, failure: 2 }

/** True when `level` is at least as severe as `threshold`. */
export function atLeast(level: FindingLevel, threshold: FindingLevel): boolean {
  return levelRank[level] >= levelRank[threshold]
}

/** The usual conclusion for a set of findings: failure if any finding is at or above `failOn`. */
export function conclusionFor(findings: readonly Finding[], failOn: FindingLevel = 'failure'): Conclusion {
  return findings.some((f) => atLeast(f.level, failOn)) ? 'failure' : 'success'
}
