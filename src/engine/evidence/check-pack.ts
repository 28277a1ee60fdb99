import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { EvidenceLink, EvidenceProblem } from './evidence-record.ts'
import { JSON_FILE, SUMS_FILE } from './pack-layout.ts'
import { parseSums, sha256, sha256File } from './sha256-sums.ts'

/** What checkPack learnt about one pack. */
export interface CheckedPack {
  /** sha256 of SHA256SUMS; undefined when that file is missing. */
  digest: string | undefined
  /** From evidence.json, when it parsed. */
  meta: { topic: string; path: string; previous: EvidenceLink | null } | undefined
  problems: EvidenceProblem[]
}

/** Every entry under `dir` as a relative path; anything but a regular file or folder is reported. */
async function walk(dir: string, rel = ''): Promise<{ files: string[]; odd: string[] }> {
  const files: string[] = []
  const odd: string[] = []
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${e.name}` : e.name
    if (e.isDirectory()) {
      const sub = await walk(dir, path)
      files.push(...sub.files)
      odd.push(...sub.odd)
    } else if (e.isFile()) files.push(path)
    else odd.push(path)
  }
  return { files, odd }
}

function isLink(v: unknown): v is EvidenceLink {
  return (
    typeof v === 'object' &&
    v !== null &&
    'path' in v &&
    'digest' in v &&
    typeof v.path === 'string' &&
    typeof v.digest === 'string'
  )
}

function readMeta(text: string): CheckedPack['meta'] | string {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch (error) {
    return `is not valid JSON (${error instanceof Error ? error.message : String(error)})`
  }
  if (typeof v !== 'object' || v === null || !('schemaVersion' in v) || v.schemaVersion !== 1)
    return 'has no schemaVersion 1; expected an oda evidence pack'
  if (!('topic' in v) || typeof v.topic !== 'string' || !('path' in v) || typeof v.path !== 'string')
    return 'lacks its topic or path'
  const previous = 'previous' in v ? v.previous : undefined
  if (previous !== null && !isLink(previous)) return 'has a "previous" that is neither null nor { path, digest }'
  return { topic: v.topic, path: v.path, previous }
}

/**
 * Checks one pack folder against its SHA256SUMS: files listed but missing, files present
 * but unlisted, files whose content changed. `show` is how paths appear in problems.
 */
export async function checkPack(dir: string, show: string): Promise<CheckedPack> {
  const problems: EvidenceProblem[] = []
  const at = (rel: string) => (rel ? `${show}/${rel}` : show)
  const sumsBytes = await readFile(join(dir, SUMS_FILE)).catch(() => undefined)
  const { files, odd } = await walk(dir)
  for (const p of odd)
    problems.push({
      path: at(p),
      code: 'not_regular_file',
      message: 'is not a regular file (symlink or device); packs hold plain files only',
    })
  if (!sumsBytes)
    problems.push({
      path: at(SUMS_FILE),
      code: 'missing_sums',
      message: 'is missing: nothing in this pack can be checked',
    })
  const { entries, errors } = parseSums(sumsBytes?.toString('utf8') ?? '')
  for (const e of errors)
    problems.push({ path: `${at(SUMS_FILE)}:${e.line}`, code: 'bad_sums_line', message: e.message })
  const present = new Set(files.filter((f) => f !== SUMS_FILE))
  if (sumsBytes) {
    for (const [file, expected] of entries) {
      if (!present.has(file)) {
        problems.push({ path: at(file), code: 'missing_file', message: 'is listed in SHA256SUMS but missing' })
        continue
      }
      const actual = await sha256File(join(dir, file))
      if (actual !== expected)
        problems.push({
          path: at(file),
          code: 'changed_file',
          message: `changed: SHA256SUMS says ${expected}, the file hashes to ${actual}`,
        })
    }
    for (const file of present)
      if (!entries.has(file))
        problems.push({
          path: at(file),
          code: 'extra_file',
          message: 'is not listed in SHA256SUMS (added after the pack was written)',
        })
  }
  let meta: CheckedPack['meta']
  const jsonText = present.has(JSON_FILE) ? await readFile(join(dir, JSON_FILE), 'utf8') : undefined
  if (jsonText === undefined) problems.push({ path: at(JSON_FILE), code: 'bad_evidence_json', message: 'is missing' })
  else {
    const parsed = readMeta(jsonText)
    if (typeof parsed === 'string') problems.push({ path: at(JSON_FILE), code: 'bad_evidence_json', message: parsed })
    else meta = parsed
  }
  return { digest: sumsBytes ? sha256(sumsBytes) : undefined, meta, problems }
}
