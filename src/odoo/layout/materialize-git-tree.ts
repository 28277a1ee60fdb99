import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { OpContext } from '../../op/context.ts'
import { readTarFiles } from './read-tar-files.ts'

/** The files of a git revision, and the subset written out for the layout readers. */
export type MaterializedTree = { ok: true; paths: ReadonlySet<string> } | { ok: false; error: string }

// `ls-tree -r` of a large monorepo is a few MB; past this, the listing would be cut and wrong.
const MAX_LISTING_BYTES = 256 * 1024 * 1024
const ARCHIVE_SLICE = 1000

/**
 * Writes the files of revision `ref` that `wanted` selects (manifests, catalog, mounts,
 * requirements) into the empty folder `into`, so the layout readers see the tree of that
 * revision instead of the working tree. Files larger than `maxFileBytes` are written as sparse
 * files of the same size (the readers then report them as too large without reading them).
 * Paths are relative to `root` (a folder inside a git checkout); symlinks and submodules are
 * not written. Returns every file path of the revision under `root`.
 */
export async function materializeGitTree(args: {
  root: string
  ref: string
  into: string
  wanted: (path: string) => boolean
  maxFileBytes: number
  exec: OpContext['exec']
}): Promise<MaterializedTree> {
  const { root, ref, into } = args
  // Literal pathspecs: a file named `*.py` or `:(glob)x` must not select other files.
  const listing = await args.exec('git', ['--literal-pathspecs', '-C', root, 'ls-tree', '-r', '-l', '-z', ref], {
    timeoutMs: 60_000,
    maxBuffer: MAX_LISTING_BYTES,
  })
  if (listing.exitCode !== 0) return { ok: false, error: listing.stderr.trim().split('\n')[0] ?? '' }
  if (listing.stdout.length >= MAX_LISTING_BYTES) return { ok: false, error: `the tree of ${ref} is too large to list` }
  const paths = new Set<string>()
  const small: string[] = []
  for (const entry of listing.stdout.split('\0')) {
    const tab = entry.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, , size] = entry.slice(0, tab).split(/\s+/)
    const path = entry.slice(tab + 1)
    paths.add(path)
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !args.wanted(path) || !isPlainPath(path))
      continue
    const bytes = Number(size)
    if (bytes > args.maxFileBytes) {
      mkdirSync(dirname(join(into, path)), { recursive: true })
      writeFileSync(join(into, path), '')
      truncateSync(join(into, path), bytes)
    } else small.push(path)
  }
  // In slices, so the command line stays far below the system's argument limit on any repository.
  for (let i = 0; i < small.length; i += ARCHIVE_SLICE) {
    const tar = join(into, '.oda-tree.tar')
    const archive = await args.exec(
      'git',
      [
        '--literal-pathspecs',
        '-C',
        root,
        'archive',
        '--format=tar',
        '-o',
        tar,
        ref,
        '--',
        ...small.slice(i, i + ARCHIVE_SLICE),
      ],
      { timeoutMs: 120_000 },
    )
    if (archive.exitCode !== 0) return { ok: false, error: archive.stderr.trim().split('\n')[0] ?? '' }
    for (const file of readTarFiles(readFileSync(tar))) {
      if (!isPlainPath(file.path)) continue
      mkdirSync(dirname(join(into, file.path)), { recursive: true })
      writeFileSync(join(into, file.path), file.bytes)
    }
    rmSync(tar)
  }
  return { ok: true, paths }
}

/** A relative path with no `..`, no absolute start and no empty part: safe to write under `into`. */
function isPlainPath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && path.split('/').every((p) => p !== '' && p !== '.' && p !== '..')
}
