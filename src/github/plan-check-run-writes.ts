import type { Report } from '../op/report.ts'
import type { CheckRunAction } from './check-run-actions.ts'
import { validateCheckRunActions } from './check-run-actions.ts'
import { checkRunLimits } from './check-run-limits.ts'
import type { CheckOutputText } from './render-check-output.ts'
import { renderCheckOutput } from './render-check-output.ts'
import type { CheckAnnotation } from './to-annotation.ts'
import { toAnnotation } from './to-annotation.ts'

/** Body of one check-run request (create or update), in REST field names. */
export interface CheckRunBody {
  name?: string
  head_sha?: string
  status?: 'queued' | 'in_progress' | 'completed'
  conclusion?: Report['conclusion']
  started_at?: string
  completed_at?: string
  external_id?: string
  details_url?: string
  output?: CheckOutputText & { annotations?: CheckAnnotation[] }
  actions?: CheckRunAction[]
}

/** One request of a plan: the first may create the check run, the rest update it. */
export interface CheckRunWrite {
  kind: 'create' | 'update'
  body: CheckRunBody
}

export interface PlanCheckRunOptions {
  /** Check run name, `oda / <check>`. */
  name: string
  headSha: string
  report: Report
  /** True when the check run already exists (created `in_progress`): every write is an update. */
  existing: boolean
  startedAt?: string
  completedAt: string
  /** Run id, kept as the check run's `external_id` so a check run leads back to its run record. */
  externalId?: string
  detailsUrl?: string
  actions?: readonly CheckRunAction[]
  /** Where the full finding list is kept, named in the summary when something is cut. */
  fullListAt: string
  /** Annotations beyond this many are only listed in the text (each 50 cost one more request). */
  maxAnnotations?: number
}

/** Default cap on annotations per check run: 20 requests at most. */
export const DEFAULT_MAX_ANNOTATIONS = 1000

/**
 * Turns a finished report into the ordered requests that publish it. The first request carries
 * the conclusion, the output and the first 50 annotations (created already completed when the
 * run does not exist yet: one write for a fast check); each further 50 annotations cost one
 * update, in finding order. Every annotation is sent exactly once.
 */
export function planCheckRunWrites(o: PlanCheckRunOptions): CheckRunWrite[] {
  const actions = [...(o.actions ?? [])]
  validateCheckRunActions(actions)
  const max = o.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS
  const annotations = o.report.findings.slice(0, max).map(toAnnotation)
  const output = renderCheckOutput({ report: o.report, fullListAt: o.fullListAt, annotated: annotations.length })
  const per = checkRunLimits.annotationsPerRequest
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += per) batches.push(annotations.slice(i, i + per))

  const first: CheckRunBody = {
    ...(o.existing ? {} : { name: o.name, head_sha: o.headSha }),
    status: 'completed',
    conclusion: o.report.conclusion,
    ...(o.startedAt && !o.existing ? { started_at: o.startedAt } : {}),
    completed_at: o.completedAt,
    ...(o.externalId ? { external_id: o.externalId } : {}),
    ...(o.detailsUrl ? { details_url: o.detailsUrl } : {}),
    output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
    ...(actions.length > 0 ? { actions } : {}),
  }
  const writes: CheckRunWrite[] = [{ kind: o.existing ? 'update' : 'create', body: first }]
  // Later updates repeat the whole output: the API requires title and summary whenever `output`
  // is sent, and replaces the output fields it receives (only annotations accumulate).
  for (const batch of batches.slice(1)) {
    writes.push({ kind: 'update', body: { output: { ...output, annotations: batch } } })
  }
  return writes
}

/** The request that shows a long check as running before its work is done. */
export function planStartedCheckRun(o: {
  name: string
  headSha: string
  startedAt: string
  externalId?: string
  detailsUrl?: string
  title?: string
}): CheckRunWrite {
  return {
    kind: 'create',
    body: {
      name: o.name,
      head_sha: o.headSha,
      status: 'in_progress',
      started_at: o.startedAt,
      ...(o.externalId ? { external_id: o.externalId } : {}),
      ...(o.detailsUrl ? { details_url: o.detailsUrl } : {}),
      output: {
        title: o.title ?? 'Running',
        summary: 'oda is running this check; results appear here when it finishes.',
      },
    },
  }
}
