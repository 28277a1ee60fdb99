import type { z } from 'zod'
import type { Finding } from '../../op/report.ts'
import { JsonSyntaxError } from './json-syntax-error.ts'
import { parseJsonWithPositions } from './parse-json-with-positions.ts'
import { readInside } from '../../fs/read-inside.ts'

/** A layout file lists repositories and mounts; anything larger is not one. */
const MAX_JSON_CONFIG_BYTES = 8 * 1024 * 1024

/** A JSON config file read and validated, or the findings that explain why it is not usable. */
export type LoadedJsonConfig<T> =
  | { ok: true; value: T; positions: Map<string, { line: number; column: number }> }
  | { ok: false; missing: boolean; findings: Finding[] }

/**
 * Reads `abs`, parses it with positions and validates it with `schema`. Every problem becomes
 * a finding at `display:line:column` saying what is wrong and what was expected.
 */
export function loadJsonConfig<S extends z.ZodType>(args: {
  root: string
  abs: string
  display: string
  schema: S
  ruleId: string
}): LoadedJsonConfig<z.output<S>> {
  const { root, abs, display, schema, ruleId } = args
  const finding = (line: number, column: number, message: string): Finding => ({
    path: display,
    line,
    column,
    level: 'failure',
    ruleId,
    message: `${display}:${line}:${column}: ${message}`,
  })
  // Repository content: read only inside the checkout, never through a link leading out of it.
  const read = readInside(root, abs, { maxBytes: MAX_JSON_CONFIG_BYTES })
  if (read.kind !== 'bytes') {
    const why =
      read.kind === 'missing'
        ? 'does not exist'
        : read.kind === 'loop'
          ? 'is a symlink loop'
          : read.kind === 'outside'
            ? 'is a link leading outside the repository: it was not followed or read'
            : read.kind === 'not-a-file'
              ? `is a ${read.type}, not a file`
              : read.kind === 'too-large'
                ? `is ${read.size} bytes, over the ${MAX_JSON_CONFIG_BYTES}-byte limit`
                : `cannot be read (${read.code})`
    return { ok: false, missing: read.kind === 'missing', findings: [finding(1, 1, `${display} ${why}`)] }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes)
  } catch (error) {
    return {
      ok: false,
      missing: false,
      findings: [
        finding(
          1,
          1,
          `cannot read ${display}: ${error instanceof Error ? error.message : String(error)}; expected UTF-8 JSON`,
        ),
      ],
    }
  }
  let parsed
  try {
    parsed = parseJsonWithPositions(text)
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      return {
        ok: false,
        missing: false,
        findings: [finding(error.line, error.column, `invalid JSON: ${error.message}`)],
      }
    throw error
  }
  const result = schema.safeParse(parsed.value)
  if (result.success) return { ok: true, value: result.data, positions: parsed.positions }
  const findings = result.error.issues.map((issue) => {
    const pointer = nearestPointer(parsed.positions, issue.path)
    const pos = parsed.positions.get(pointer) ?? { line: 1, column: 1 }
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'
    return finding(pos.line, pos.column, `${where}: ${issue.message}`)
  })
  return { ok: false, missing: false, findings }
}

/** The JSON pointer of the deepest existing value on `path` (a missing key points at its parent). */
export function nearestPointer(positions: Map<string, unknown>, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1'))
  for (let n = parts.length; n > 0; n--) {
    const pointer = '/' + parts.slice(0, n).join('/')
    if (positions.has(pointer)) return pointer
  }
  return ''
}
