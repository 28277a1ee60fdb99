import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type { RawFile } from './kit-types.ts'
import type { RepoListing } from './detect-kits.ts'
import { normalizeDir } from './detect-kits.ts'
import { SpecKitPathError } from './spec-kit-path-error.ts'

// Spec kits are small; a folder with more entries than this is not one and is cut short.
const MAX_ENTRIES_PER_DIR = 5000
// Folders that never hold a spec kit, skipped when looking for monorepo packages.
const skipped = /^(?:\.|node_modules$|vendor$|dist$|build$|target$|__pycache__$)/
// Most folders probed for a `.specify` below the root (monorepo packages).
const MAX_PROBES = 2000
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
  const specKitRoot = (p: string): void => {
    for (const d of ['spec', 'specs', '.specify']) scan(p === '' ? d : `${p}/${d}`, 2)
  }
  scan('', 1)
  specKitRoot('')
  // Spec Kit in a monorepo: `apps/web/.specify` with `apps/web/specs/`, two levels down at most
  let probes = 0
  for (const top of [...dirs].filter((d) => d !== '' && !d.includes('/') && !skipped.test(d)).sort()) {
    for (const candidate of [top, ...childDirs(top)]) {
      if (++probes > MAX_PROBES) break
      if (candidate !== '' && isDir(resolve(root, candidate, '.specify'))) specKitRoot(candidate)
    }
  }
  for (const raw of paths) {
    const p = safeRelative(root, raw)
    if (isFile(resolve(root, p || '.'))) {
      files.add(p)
      continue
    }
    // a kit folder, a `specs/` or `spec/` folder of kits, or a repository or package root
    scan(p, 2)
    specKitRoot(p)
    const grand = p.split('/').slice(0, -2).join('/')
    scan(grand === '' ? '.specify' : `${grand}/.specify`, 2)
    const parent = p.split('/').slice(0, -1).join('/')
    scan(parent === '' ? '.specify' : `${parent}/.specify`, 2)
  }
  // /speckit.checklist writes `specs/<feature>/checklists/*.md`
  for (const d of [...dirs]) if (/(?:^|\/)specs\/[^/]+\/checklists$/.test(d)) scan(d, 1)
  return { dirs, files }

  function childDirs(dir: string): string[] {
    try {
      return readdirSync(resolve(root, dir), { withFileTypes: true })
        .slice(0, MAX_ENTRIES_PER_DIR)
        .filter((e) => e.isDirectory() && !skipped.test(e.name))
        .map((e) => `${dir}/${e.name}`)
    } catch {
      return []
    }
  }
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

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
