import { lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { runCommand } from '../exec/run-command.ts'

/**
 * Unpacks a GitHub tarball into `dest`, dropping the `<owner>-<repo>-<sha>/` top folder.
 * The archive comes from a pull request, so it is untrusted: GNU tar already refuses
 * absolute and `..` member names, ownership and modes are not restored, and symlinks that
 * point outside the workspace are removed so no check can read the host's files through them.
 */
export async function extractTarball(o: { file: string; dest: string; signal?: AbortSignal }): Promise<void> {
  mkdirSync(o.dest, { recursive: true })
  const res = await runCommand({
    file: 'tar',
    args: [
      '-xzf',
      o.file,
      '-C',
      o.dest,
      '--strip-components=1',
      '--no-same-owner',
      '--no-same-permissions',
      '--delay-directory-restore',
    ],
    timeoutMs: 120_000,
    ...(o.signal ? { signal: o.signal } : {}),
  })
  if (res.exitCode !== 0)
    throw new Error(`tar could not unpack ${o.file}: ${res.stderr.trim() || `exit ${String(res.exitCode)}`}`)
  removeEscapingLinks(resolve(o.dest), resolve(o.dest))
}

function removeEscapingLinks(root: string, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isSymbolicLink()) {
      const target = readlinkSync(path)
      const resolved = isAbsolute(target) ? target : resolve(dirname(path), target)
      const rel = relative(root, resolved)
      if (rel.startsWith('..') || isAbsolute(rel)) rmSync(path, { force: true })
    } else if (entry.isDirectory() && !lstatSync(path).isSymbolicLink()) {
      removeEscapingLinks(root, path)
    }
  }
}
