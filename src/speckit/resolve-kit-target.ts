import { existsSync, statSync } from 'node:fs'
import { basename, dirname, relative, resolve } from 'node:path'
import { SpecKitPathError } from './spec-kit-path-error.ts'

const kitFile = /^(?:constitution|prd|spec|plan|tasks)\.md$/
const MAX_LEVELS = 8

/**
 * Where to validate from what the user named: a repository root stays the root; a `specs/`
 * or `spec/` folder, one kit folder or a single kit file becomes a path inside the
 * repository that holds it (the nearest folder with `.git` or `.specify`, else the folder
 * above `spec/`/`specs/`), so findings keep repository-relative paths. A folder that does
 * not look like a kit is taken as the root: nothing above it is read.
 */
export function resolveKitTarget(cwd: string, dir: string): { root: string; paths: string[] } {
  const full = resolve(cwd, dir)
  let st
  try {
    st = statSync(full)
  } catch {
    throw new SpecKitPathError(
      `${full} does not exist: pass a repository root, a specs/ or spec/ folder, a kit folder or a tasks.md`,
    )
  }
  const isFile = st.isFile()
  if (!isFile && !st.isDirectory())
    throw new SpecKitPathError(
      `${full} is neither a folder nor a file: pass a repository root, a kit folder or a kit file`,
    )
  if (!isFile && !looksLikeKit(full)) return { root: full, paths: [] }
  const root = findRoot(isFile ? dirname(full) : full)
  if (root === full) return { root, paths: [] }
  return { root, paths: [relative(root, full).split('\\').join('/')] }
}

/** A folder named spec/specs, a feature or kit folder, or a folder holding kit files. */
function looksLikeKit(dir: string): boolean {
  const name = basename(dir)
  if (name === 'spec' || name === 'specs' || /^\d{3,}-/.test(name)) return !isRoot(dir)
  const parent = basename(dirname(dir))
  if (parent === 'spec' || parent === 'specs') return true
  return ['tasks.md', 'spec.md', 'prd.md', 'plan.md', 'constitution.md'].some((f) => existsSync(resolve(dir, f)))
}

function isRoot(dir: string): boolean {
  return ['.git', '.specify'].some((m) => existsSync(resolve(dir, m)))
}

function findRoot(start: string): string {
  let dir = start
  for (let i = 0; i < MAX_LEVELS; i++) {
    if (isRoot(dir)) return dir
    const up = dirname(dir)
    if (up === dir) break
    dir = up
  }
  // no repository marker: the folder above `spec/`, `specs/` or `specs/<feature>/`
  let d = start
  for (let i = 0; i < 3; i++) {
    if (basename(d) === 'spec' || basename(d) === 'specs') return dirname(d)
    d = dirname(d)
  }
  return kitFile.test(basename(start)) ? dirname(start) : start
}
