import { parseDocument } from 'yaml'

/** Thrown when a baseline file is not a report this tool wrote. */
export class BaselineError extends Error {
  override name = 'BaselineError'
  /** Bad input from the caller: faces answer exit code 2. */
  readonly usage = true
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}; expected the JSON report of an earlier \`oda secrets scan --format json\` run`, options)
  }
}

/** `line:column` of the first syntax error, found with the YAML parser (JSON is YAML), whose errors carry positions. */
function jsonErrorPosition(text: string): string {
  const pos = parseDocument(text).errors[0]?.linePos?.[0]
  return pos ? `${pos.line}:${pos.col}` : '1:1'
}

/** One accepted finding: its rule and content hash (the path is kept only for the stale list). */
export interface BaselineEntry {
  ruleId: string
  hash: string
  path: string
  line: number
}

/**
 * Reads the findings of an earlier JSON report (a bare Report, a run record with `report`,
 * or `{ findings }`). Entries match later findings by rule and content hash, so a baseline
 * survives edits that move lines or rename files.
 */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new BaselineError(
      `${file}:${jsonErrorPosition(text)}`,
      `not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      { cause: err },
    )
  }
  const findings = findFindings(doc)
  if (!findings) throw new BaselineError(file, 'no "findings" array found')
  const out: BaselineEntry[] = []
  for (const rec of findings) {
    if (!isRecord(rec)) continue
    const props = isRecord(rec.properties) ? rec.properties : {}
    const hash = typeof props.secretHash === 'string' ? props.secretHash : undefined
    if (typeof rec.ruleId !== 'string' || hash === undefined) continue
    out.push({
      ruleId: rec.ruleId,
      hash,
      path: String(rec.path ?? ''),
      line: typeof rec.line === 'number' ? rec.line : 1,
    })
  }
  return out
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

function findFindings(doc: unknown): unknown[] | undefined {
  if (!isRecord(doc)) return undefined
  const rec = doc
  if (Array.isArray(rec.findings)) return rec.findings
  for (const key of ['report', 'result']) {
    const inner = findFindings(rec[key])
    if (inner) return inner
  }
  return undefined
}

/** Matches findings against a baseline: which are new, and which baseline entries no longer occur (stale). */
export class BaselineMatcher {
  readonly #entries: Map<string, BaselineEntry>
  readonly #seen = new Set<string>()
  constructor(entries: readonly BaselineEntry[]) {
    this.#entries = new Map(entries.map((e) => [`${e.ruleId}:${e.hash}`, e]))
  }
  /** True (and remembered) when the finding is in the baseline. */
  has(ruleId: string, hash: string): boolean {
    const key = `${ruleId}:${hash}`
    if (!this.#entries.has(key)) return false
    this.#seen.add(key)
    return true
  }
  /** Baseline entries no finding matched in this scan. */
  stale(): BaselineEntry[] {
    return [...this.#entries].filter(([k]) => !this.#seen.has(k)).map(([, e]) => e)
  }
  get size(): number {
    return this.#entries.size
  }
}
