import { basename, dirname } from 'node:path/posix'
import type { OpContext } from '../../../op/context.ts'
import { MANIFEST_NAMES } from '../../../odoo/layout/manifest-file-in.ts'

/** Folders that held a manifest at revision `ref` (under `root`), by addon name; empty when git cannot tell. */
export async function baseAddonDirs(args: { ctx: OpContext; root: string; ref: string }): Promise<Map<string, string>> {
  const r = await args.ctx.exec('git', ['-C', args.root, 'ls-tree', '-r', '--name-only', '-z', args.ref], {
    timeoutMs: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  })
  const dirs = new Map<string, string>()
  if (r.exitCode !== 0) return dirs
  for (const p of r.stdout.split('\0'))
    if ((MANIFEST_NAMES as readonly string[]).includes(basename(p)) && p.includes('/'))
      dirs.set(dirname(p), basename(dirname(p)))
  return dirs
}
