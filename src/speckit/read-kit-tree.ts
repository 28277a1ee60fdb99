import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type { RawFile } from './kit-types.ts'
import type { RepoListing } from './detect-kits.ts'
import { normalizeDir } from './detect-kits.ts'
import { SpecKitPathError } from './spec-kit-path-error.ts'

// Spec kits are small; a folder with more entries than this is not one and is cut short.
const MAX_ENTRIES_PER_DIR = 5000
/** Most bytes one run reads over all kit files (a few hundred real kits fit many times over). */
export const MAX_TOTAL_BYTES = 64_000_000

/**
 * Lists only the folders where kits can live (`spec/*`, `specs/*`, `.specify/*` and the
 * configured kit paths), two levels deep at most, so a large repository costs nothing.
 * This and readKitFiles are the domain's only contact with the file system.
 */
export function listKitTree(root: string, paths: readonly string[]): RepoListing {
  const dirs = new Set<string>([''])
  const files = new Set<string>()
  const scan = (dir: string, depth: number): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(resolve(root, dir || '.'), { withFileTypes: true }).slice(0, MAX_ENTRIES_PER_DIR)
    } catch {
      return
    }
    if (dir !== '') dirs.add(dir)
    for (const e of entries) {
      const rel = dir === '' ? e.name : `${dir}/${e.name}`
      const kind = kindOf(resolve(root, rel), e)
      if (kind === 'file') files.add(rel)
      else if (kind === 'dir') {
        dirs.add(rel)
        if (depth > 1) scan(rel, depth - 1)
      }
    }
  }
  scan('', 1)
  for (const d of ['spec', 'specs', '.specify']) scan(d, 2)
  for (const raw of paths) {
    const p = safeRelative(root, raw)
    scan(p, 1)
    for (const d of ['specs', '.specify']) scan(p === '' ? d : `${p}/${d}`, 2)
    const grand = p.split('/').slice(0, -2).join('/')
    scan(grand === '' ? '.specify' : `${grand}/.specify`, 2)
  }
  return { dirs, files }
}

/** Reads each path (relative to root) without ever blocking on a pipe or reading more than maxBytes. */
export function readKitFiles(root: string, paths: readonly string[], maxBytes: number): Map<string, RawFile> {
  const out = new Map<string, RawFile>()
  let budget = MAX_TOTAL_BYTES
  for (const path of paths) {
    const full = resolve(root, safeRelative(root, path))
    let size: number
    try {
      const st = statSync(full)
      if (!st.isFile()) {
        out.set(path, { path, kind: 'not-a-file' })
        continue
      }
      size = st.size
    } catch {
      out.set(path, { path, kind: 'missing' })
      continue
    }
    if (size > maxBytes) out.set(path, { path, kind: 'too-large', bytes: size })
    else if (size > budget) out.set(path, { path, kind: 'over-budget', bytes: size })
    else {
      const bytes = new Uint8Array(readFileSync(full))
      budget -= bytes.length
      out.set(path, { path, kind: 'bytes', bytes })
    }
  }
  return out
}

/** A kit path inside the repository, normalised; throws for paths that leave it. */
export function safeRelative(root: string, raw: string): string {
  const p = normalizeDir(raw)
  const rel = relative(resolve(root), resolve(root, p || '.'))
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new SpecKitPathError(
      `spec kit path "${raw}" is outside the repository ${root}: give a path relative to the repository root, such as spec/oda`,
    )
  }
  return rel.split('\\').join('/')
}

function kindOf(full: string, e: Dirent): 'file' | 'dir' | 'other' {
  if (e.isFile()) return 'file'
  if (e.isDirectory()) return 'dir'
  if (!e.isSymbolicLink()) return 'other'
  try {
    const st = statSync(full)
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other'
  } catch {
    return 'other'
  }
}
