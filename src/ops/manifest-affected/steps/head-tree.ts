import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { OpContext } from '../../../op/context.ts'
import { MANIFEST_NAMES } from '../../../odoo/layout/manifest-file-in.ts'
import { materializeGitTree } from '../../../odoo/layout/materialize-git-tree.ts'
import { OCA_DEPENDENCIES_FILE, REQUIREMENT_FILES } from '../../../odoo/layout/read-external-addons.ts'
import { safeStat } from '../../../odoo/layout/safe-stat.ts'

/** The tree the addons are read from: a revision's files written to a temporary folder, or the working tree. */
export interface HeadTree {
  /** Folder to scan (the temporary copy, or the checkout itself). */
  root: string
  exists: (path: string) => boolean
  isFolder: (path: string) => boolean
  /** Removes the temporary copy. */
  dispose: () => void
}

/**
 * Writes the manifests and layout files of `head` to a temporary folder (the tree of the
 * change, whatever is checked out), or uses the working tree when `head` is empty.
 */
export async function readHeadTree(args: {
  ctx: OpContext
  root: string
  head: string
  layoutFiles: readonly string[]
  maxManifestBytes: number
}): Promise<{ ok: true; tree: HeadTree } | { ok: false; error: string }> {
  if (args.head === '') {
    return {
      ok: true,
      tree: {
        root: args.root,
        exists: (p) => safeStat(resolve(args.root, p)).kind === 'file',
        isFolder: (p) => safeStat(resolve(args.root, p)).kind === 'dir',
        dispose: () => {},
      },
    }
  }
  const into = mkdtempSync(join(tmpdir(), 'oda-affected-'))
  const wanted = new Set<string>([...args.layoutFiles, ...REQUIREMENT_FILES, OCA_DEPENDENCIES_FILE])
  const names = new Set<string>(MANIFEST_NAMES)
  const written = await materializeGitTree({
    root: args.root,
    ref: args.head,
    into,
    wanted: (p) => wanted.has(p) || names.has(basename(p)),
    maxFileBytes: args.maxManifestBytes,
    exec: args.ctx.exec,
  })
  if (!written.ok) {
    rmSync(into, { recursive: true, force: true })
    return written
  }
  const folders = new Set<string>()
  for (const p of written.paths)
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) folders.add(p.slice(0, i))
  return {
    ok: true,
    tree: {
      root: into,
      exists: (p) => written.paths.has(p),
      isFolder: (p) => folders.has(p),
      dispose: () => rmSync(into, { recursive: true, force: true }),
    },
  }
}
