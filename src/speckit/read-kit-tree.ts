import { readdirSync, type Dirent } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { readInside } from '../fs/read-inside.ts'
import { resolveInside } from '../fs/resolve-inside.ts'
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
 * This and readKitFiles are the domain's only contact with the file system. Every link is
 * resolved against the root: one leading outside (even through a chain of links) is listed as
 * a file, so reading it reports it, and in `outside`; it is never followed.
 */
export function listKitTree(root: string, paths: readonly string[]): RepoListing {
  const dirs = new Set<string>([''])
  const files = new Set<string>()
  const outside = new Set<string>()
  // Folders reached through a link: scanned when a kit names them, never probed as packages
  // (`l0 -> .` would hold the whole repository again).
  const linked = new Set<string>()
  const scan = (dir: string, depth: number): void => {
    if (dir !== '') {
      const where = resolveInside(root, dir)
      if (where.kind === 'outside') outside.add(dir)
      if (where.kind !== 'dir') return
    }
    let entries: Dirent[]
    try {
      entries = readdirSync(resolve(root, dir || '.'), { withFileTypes: true }).slice(0, MAX_ENTRIES_PER_DIR)
    } catch {
      return
    }
    if (dir !== '') dirs.add(dir)
    for (const e of entries) {
      const rel = dir === '' ? e.name : `${dir}/${e.name}`
      const kind = kindOf(root, rel, e)
      if (kind === 'outside') {
        // The root's own links are no kit's business unless a kit file is named after them.
        if (dir !== '') outside.add(rel)
        files.add(rel)
      } else if (kind === 'file') files.add(rel)
      else if (kind === 'dir') {
        if (e.isSymbolicLink()) linked.add(rel)
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
  for (const top of [...dirs]
    .filter((d) => d !== '' && !d.includes('/') && !skipped.test(d) && !linked.has(d))
    .sort()) {
    for (const candidate of [top, ...childDirs(top)]) {
      if (++probes > MAX_PROBES) break
      if (candidate !== '' && resolveInside(root, `${candidate}/.specify`).kind === 'dir') specKitRoot(candidate)
    }
  }
  for (const raw of paths) {
    const p = safeRelative(root, raw)
    const given = resolveInside(root, p || '.')
    if (given.kind === 'file' || given.kind === 'outside') {
      files.add(p)
      if (given.kind === 'outside') outside.add(p)
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
  return { dirs, files, outside }

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

/**
 * Reads each path (relative to root) without ever blocking on a pipe, reading more than
 * maxBytes or following a link out of the repository.
 */
export function readKitFiles(root: string, paths: readonly string[], maxBytes: number): Map<string, RawFile> {
  const out = new Map<string, RawFile>()
  let budget = MAX_TOTAL_BYTES
  for (const path of paths) {
    const read = readInside(root, safeRelative(root, path), { maxBytes: Math.min(maxBytes, budget) })
    if (read.kind === 'bytes') {
      budget -= read.bytes.length
      out.set(path, { path, kind: 'bytes', bytes: new Uint8Array(read.bytes) })
    } else if (read.kind === 'too-large')
      out.set(path, { path, kind: read.size > maxBytes ? 'too-large' : 'over-budget', bytes: read.size })
    else if (read.kind === 'outside') out.set(path, { path, kind: 'outside' })
    else if (read.kind === 'missing') out.set(path, { path, kind: 'missing' })
    else out.set(path, { path, kind: 'not-a-file' })
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

function kindOf(root: string, rel: string, e: Dirent): 'file' | 'dir' | 'outside' | 'other' {
  if (e.isFile()) return 'file'
  if (e.isDirectory()) return 'dir'
  if (!e.isSymbolicLink()) return 'other'
  const where = resolveInside(root, rel)
  return where.kind === 'file' || where.kind === 'dir' || where.kind === 'outside' ? where.kind : 'other'
}
