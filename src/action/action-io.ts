import * as core from '@actions/core'
import { schemaFields, type SchemaField } from '../face/schema-fields.ts'
import type { Op } from '../op/define-op.ts'

/**
 * The only file that touches the Actions host: `INPUT_*` variables in, outputs, step summary
 * and annotations out. A contract test fails if @actions/core is used anywhere else.
 */

/** Composite actions pass inputs as `INPUT_<NAME>` with `-` written as `_` (bash-safe names). */
export function inputEnvName(flag: string): string {
  return `INPUT_${flag.toUpperCase().replace(/-/g, '_')}`
}

/** Reads the op's inputs from the environment; empty strings mean "not given" as on GitHub. */
export function readActionInputs(op: Op, env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const raw: Record<string, unknown> = {}
  for (const field of schemaFields(op.input)) {
    const value = env[inputEnvName(field.flag)]
    if (value === undefined || value.trim() === '') continue
    raw[field.key] = convert(field, value)
  }
  return raw
}

/** Reads one of the action's own inputs (not an op field), e.g. `github-token`. */
export function readExtraInput(name: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const v = env[inputEnvName(name)]
  return v === undefined || v.trim() === '' ? undefined : v
}

function convert(field: SchemaField, value: string): unknown {
  switch (field.kind) {
    case 'boolean':
      return value.trim().toLowerCase() === 'true' ? true : value.trim().toLowerCase() === 'false' ? false : value
    case 'number':
      return Number.isFinite(Number(value)) ? Number(value) : value
    case 'array':
      // One item per line, as actions conventionally take lists; a single line may use commas.
      // Never both: an item such as `--addons-path=a,b` must survive a multi-line list intact.
      return (/\r?\n/.test(value.trim()) ? value.split(/\r?\n/) : value.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => (field.element === 'number' ? Number(s) : s))
    case 'json':
      try {
        return JSON.parse(value) as unknown
      } catch {
        return value
      }
    default:
      return value
  }
}

/** Writes the action's outputs. */
export function writeActionOutputs(outputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v)
}

/** Appends markdown to the job's step summary (no-op outside Actions). */
export async function writeStepSummary(
  markdown: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  if (!env['GITHUB_STEP_SUMMARY']) return
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    // A summary that cannot be written must not turn a finished run into an internal error.
    core.warning(`step summary not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Prints workflow commands (annotations) to stdout. */
export function writeAnnotations(text: string): void {
  process.stdout.write(text)
}

/** Marks the step failed with a message. */
export function failStep(message: string): void {
  core.setFailed(message)
}

/** Registers a value GitHub must mask in the job log too. */
export function maskInLog(value: string): void {
  core.setSecret(value)
}

/** A line in the job log. */
export function logInfo(message: string): void {
  core.info(message)
}
