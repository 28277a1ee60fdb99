import type { Face } from '../../op/context.ts'
import type { RunRecord, RunState } from '../run-record.ts'
import { conclusionSchema } from '../../op/report.ts'
import type { RunPatch } from './store.ts'
import type { SqlRow, SqlValue } from './sql-driver.ts'
import { readInt, readOptInt, readOptText, readText } from './sql-row.ts'
import { StoreInputError } from './store-input-error.ts'

const faces: readonly Face[] = ['cli', 'action', 'app', 'api', 'mcp']
const states: readonly RunState[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out']

type Kind = 'text' | 'json' | 'time'

/** Patchable fields, their column and how they are stored. A closed list: patches are never free-form SQL. */
const patchColumns: Record<keyof RunPatch, readonly [string, Kind]> = {
  conclusion: ['conclusion', 'text'],
  title: ['title', 'text'],
  externalRef: ['external_ref', 'json'],
  trace: ['trace', 'json'],
  pdrs: ['pdrs', 'json'],
  artifacts: ['artifacts', 'json'],
  report: ['report', 'json'],
  evidenceDigest: ['evidence_digest', 'text'],
  evidencePath: ['evidence_path', 'text'],
  error: ['error', 'text'],
  startedAt: ['started_at', 'time'],
  endedAt: ['ended_at', 'time'],
}

const patchColumnMap = new Map<string, readonly [string, Kind]>(Object.entries(patchColumns))

/** Columns of `oda_runs` in insert order. */
export const RUN_COLUMNS = [
  'id',
  'op',
  'scope',
  'actor',
  'face',
  'state',
  'conclusion',
  'title',
  'input',
  'external_ref',
  'trace',
  'pdrs',
  'artifacts',
  'report',
  'evidence_digest',
  'evidence_path',
  'error',
  'created_at',
  'started_at',
  'ended_at',
] as const

/** Epoch milliseconds of an ISO time; a clear error names the field otherwise. */
export function toMs(iso: string, field: string): number {
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN
  if (Number.isNaN(ms))
    throw new StoreInputError(
      field,
      `${JSON.stringify(iso)} is not an ISO 8601 time; expected e.g. 2026-01-31T12:00:00.000Z`,
    )
  return ms
}

function toJson(value: unknown, field: string): string | null {
  if (value === undefined) return null
  try {
    return JSON.stringify(value) ?? null
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause)
    throw new StoreInputError(field, `cannot be stored as JSON (${why}); keep run data JSON-serialisable`, { cause })
  }
}

function encode(kind: Kind, value: unknown, field: string): SqlValue {
  if (value === undefined || value === null) return null
  if (kind === 'json') return toJson(value, field)
  if (kind === 'time') return toMs(String(value), field)
  if (typeof value !== 'string') throw new StoreInputError(field, `expected a string, got ${typeof value}`)
  return value
}

/** The insert values of a run, in RUN_COLUMNS order. */
export function runToValues(run: RunRecord): SqlValue[] {
  for (const f of ['id', 'op', 'scope', 'actor'] as const) {
    if (typeof run[f] !== 'string' || run[f].length === 0) throw new StoreInputError(f, 'must be a non-empty string')
  }
  if (!faces.includes(run.face))
    throw new StoreInputError('face', `${JSON.stringify(run.face)} is not one of ${faces.join(', ')}`)
  return [
    run.id,
    run.op,
    run.scope,
    run.actor,
    run.face,
    run.state,
    encode('text', run.conclusion, 'conclusion'),
    encode('text', run.title, 'title'),
    toJson(run.input, 'input'),
    toJson(run.externalRef ?? {}, 'externalRef'),
    toJson(run.trace ?? [], 'trace'),
    toJson(run.pdrs ?? [], 'pdrs'),
    toJson(run.artifacts ?? [], 'artifacts'),
    toJson(run.report, 'report'),
    encode('text', run.evidenceDigest, 'evidenceDigest'),
    encode('text', run.evidencePath, 'evidencePath'),
    encode('text', run.error, 'error'),
    toMs(run.createdAt, 'createdAt'),
    encode('time', run.startedAt, 'startedAt'),
    encode('time', run.endedAt, 'endedAt'),
  ]
}

/**
 * `SET` fragments for a patch, numbering placeholders from `first`. Keys whose value is
 * undefined are left out; unknown keys are an error (state changes go through transition).
 */
export function patchToSql(patch: RunPatch, first: number): { sets: string[]; values: SqlValue[] } {
  const sets: string[] = []
  const values: SqlValue[] = []
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    const spec = patchColumnMap.get(key)
    if (!spec)
      throw new StoreInputError(
        `patch.${key}`,
        `is not a patchable run field; expected one of ${Object.keys(patchColumns).join(', ')}`,
      )
    values.push(encode(spec[1], value, `patch.${key}`))
    sets.push(`${spec[0]} = $${first + values.length - 1}`)
  }
  return { sets, values }
}

function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString()
}

function json(row: SqlRow, col: string): unknown {
  const t = readOptText(row, col)
  return t === undefined ? undefined : JSON.parse(t)
}

function oneOf<T extends string>(list: readonly T[], value: string, col: string): T {
  const hit = list.find((v) => v === value)
  if (hit === undefined)
    throw new TypeError(`store: column ${col} holds ${JSON.stringify(value)}, expected one of ${list.join(', ')}`)
  return hit
}

/** A stored row back as a RunRecord; absent optional fields are left out, not undefined. */
export function rowToRun(row: SqlRow): RunRecord {
  const run: RunRecord = {
    id: readText(row, 'id'),
    op: readText(row, 'op'),
    input: json(row, 'input'),
    actor: readText(row, 'actor'),
    face: oneOf(faces, readText(row, 'face'), 'face'),
    state: oneOf(states, readText(row, 'state'), 'state'),
    externalRef: JSON.parse(readText(row, 'external_ref')),
    trace: JSON.parse(readText(row, 'trace')),
    pdrs: JSON.parse(readText(row, 'pdrs')),
    artifacts: JSON.parse(readText(row, 'artifacts')),
    scope: readText(row, 'scope'),
    createdAt: new Date(readInt(row, 'created_at')).toISOString(),
  }
  const conclusion = readOptText(row, 'conclusion')
  if (conclusion !== undefined) run.conclusion = conclusionSchema.parse(conclusion)
  const optional = {
    title: readOptText(row, 'title'),
    report: json(row, 'report'),
    evidenceDigest: readOptText(row, 'evidence_digest'),
    evidencePath: readOptText(row, 'evidence_path'),
    error: readOptText(row, 'error'),
    startedAt: iso(readOptInt(row, 'started_at')),
    endedAt: iso(readOptInt(row, 'ended_at')),
  }
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) Object.assign(run, { [k]: v })
  return run
}
