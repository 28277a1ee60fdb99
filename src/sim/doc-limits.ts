import { isJsonObject } from './json.ts'
import type { SchemaError } from './openapi-validator.ts'

const KB64 = 64 * 1024

/**
 * Limits GitHub enforces that its OpenAPI description does not state, per operation.
 * Sources: the REST docs for check runs (annotations, actions), deployment and commit
 * statuses (140-char description) and issue comments (65,536-char body).
 */
export function checkDocLimits(route: string, body: unknown): SchemaError[] {
  if (!isJsonObject(body)) return []
  const errors: SchemaError[] = []
  const tooLong = (at: string, value: unknown, max: number, unit: 'characters' | 'bytes' = 'characters'): void => {
    if (typeof value !== 'string') return
    const size = unit === 'bytes' ? Buffer.byteLength(value) : value.length
    if (size > max) errors.push({ at, message: `is too long (${size} ${unit}; maximum is ${max})` })
  }
  if (route.endsWith('/check-runs') || route.endsWith('/check-runs/{check_run_id}')) {
    const output = body.output
    if (isJsonObject(output)) {
      tooLong('/output/summary', output.summary, 65535)
      tooLong('/output/text', output.text, 65535)
      const annotations = Array.isArray(output.annotations) ? output.annotations : []
      if (annotations.length > 50)
        errors.push({
          at: '/output/annotations',
          message: `has ${annotations.length} items; at most 50 annotations per request (send the rest in further updates)`,
        })
      annotations.forEach((a, i) => {
        if (!isJsonObject(a)) return
        tooLong(`/output/annotations/${i}/title`, a.title, 255)
        tooLong(`/output/annotations/${i}/message`, a.message, KB64, 'bytes')
        tooLong(`/output/annotations/${i}/raw_details`, a.raw_details, KB64, 'bytes')
        if (typeof a.start_column === 'number' && a.start_line !== a.end_line)
          errors.push({
            at: `/output/annotations/${i}/start_column`,
            message: 'columns are allowed only when start_line equals end_line',
          })
      })
    }
    const actions = Array.isArray(body.actions) ? body.actions : []
    if (actions.length > 3) errors.push({ at: '/actions', message: `has ${actions.length} items; at most 3 actions` })
    actions.forEach((a, i) => {
      if (!isJsonObject(a)) return
      tooLong(`/actions/${i}/label`, a.label, 20)
      tooLong(`/actions/${i}/description`, a.description, 40)
      tooLong(`/actions/${i}/identifier`, a.identifier, 20)
    })
    if (body.conclusion === 'stale')
      errors.push({ at: '/conclusion', message: 'only GitHub can set a conclusion of stale' })
    const completing = body.status === 'completed' || body.completed_at !== undefined
    if (completing && body.conclusion === undefined)
      errors.push({ at: '/conclusion', message: 'is required when status is completed or completed_at is given' })
  }
  if (route.endsWith('/deployments/{deployment_id}/statuses') || route.endsWith('/statuses/{sha}'))
    tooLong('/description', body.description, 140)
  if (route.includes('/issues/') && route.includes('comments')) tooLong('/body', body.body, 65536)
  return errors
}
