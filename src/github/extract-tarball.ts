import { mkdirSync } from 'node:fs'
import { opendir, symlink, unlink } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { runCommand } from '../exec/run-command.ts'
import { resolveInsideAsync } from '../fs/resolve-inside.ts'

/** Where every link leading out of an unpacked workspace is pointed instead: outside, and empty. */
export const DEFUSED_LINK_TARGET = '/dev/null'

/**
 * Unpacks a GitHub tarball into `dest`, dropping the `<owner>-<repo>-<sha>/` top folder.
 * The archive comes from a pull request, so it is untrusted: GNU tar already refuses
 * absolute and `..` member names, ownership and modes are not restored, and every symlink
 * whose real path (chains and `..` after links included, as the kernel resolves them) leaves the
 * workspace is re-pointed at /dev/null: the checks still see a link leading outside the
 * repository and report it (as on a checkout the CLI or an Action reads), and a reader that
 * followed it anyway would find nothing of the host's.
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
  await defuseEscapingLinks(resolve(o.dest), o.signal)
}

async function defuseEscapingLinks(root: string, signal?: AbortSignal): Promise<void> {
  const links: string[] = []
  const walk = async (dir: string): Promise<void> => {
    signal?.throwIfAborted()
    for await (const entry of await opendir(dir)) {
      const path = join(dir, entry.name)
      if (entry.isSymbolicLink()) links.push(path)
      else if (entry.isDirectory()) await walk(path)
    }
  }
  await walk(root)
  // Judged all before any is changed: a link is outside when its chain leads outside.
  const escaping: string[] = []
  for (const path of links)
    if ((await resolveInsideAsync(root, relative(root, path))).kind === 'outside') escaping.push(path)
  for (const path of escaping) {
    await unlink(path)
    await symlink(DEFUSED_LINK_TARGET, path)
  }
}
