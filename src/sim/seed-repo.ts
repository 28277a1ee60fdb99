import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runCommand } from '../exec/run-command.ts'
import { findPackagePath } from './find-package-path.ts'

export interface SeedRepoOptions {
  /** Folder committed as branch `main` (default: examples/odoo-shop of this package). */
  base?: string
  /** Folder of overlays: each sub-folder becomes a branch (default: `<base>-scenarios`, so examples/odoo-shop-scenarios). */
  scenarios?: string
  /** Where to create the repository (default: a fresh temp dir). */
  dir?: string
  /** Only these overlay branches (default: all). */
  only?: string[]
}

export interface SeededRepo {
  /** The repository's top folder (a normal, non-bare repo; `main` checked out). */
  gitDir: string
  /** Branch name -> commit SHA, `main` included. */
  branches: Record<string, string>
  /** Removes the repository. */
  cleanup(): Promise<void>
}

/** Files that steer an overlay and are never committed. */
const controlFiles = new Set(['.oda-delete'])
/** Fixed identity and dates: the same folders always give the same commit SHAs. */
const identity = {
  GIT_AUTHOR_NAME: 'oda seed',
  GIT_AUTHOR_EMAIL: 'seed@oda.invalid',
  GIT_COMMITTER_NAME: 'oda seed',
  GIT_COMMITTER_EMAIL: 'seed@oda.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

/**
 * Builds a git repository from a folder (branch `main`) plus one branch per overlay folder
 * in `scenarios/<branch>/`: the overlay's files are copied over `main`, and the paths
 * listed in its `.oda-delete` (one per line, `#` comments) are removed.
 */
export async function seedRepo(o: SeedRepoOptions = {}): Promise<SeededRepo> {
  const base = resolve(o.base ?? findPackagePath('examples/odoo-shop'))
  const scenarios = resolve(o.scenarios ?? `${base}-scenarios`)
  if (!existsSync(base)) throw new Error(`seedRepo: base folder ${base} does not exist`)
  const dir = o.dir ?? (await mkdtemp(join(tmpdir(), 'oda-seed-')))
  let tick = 0
  const git = async (args: string[]): Promise<string> => {
    // One minute per commit from a fixed epoch keeps history ordered and reproducible.
    const date = new Date(Date.UTC(2024, 0, 1) + tick * 60_000).toISOString()
    const r = await runCommand({
      file: 'git',
      args: [
        '-C',
        dir,
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.hooksPath=/dev/null',
        '-c',
        'core.autocrlf=false',
        ...args,
      ],
      env: { ...identity, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    })
    if (r.exitCode !== 0) throw new Error(`seedRepo: git ${args.join(' ')} failed in ${dir}: ${r.stderr.trim()}`)
    return r.stdout.trim()
  }
  await git(['init', '-q', '-b', 'main'])
  await copyTree(base, dir)
  await git(['add', '-A'])
  await git(['commit', '-q', '--allow-empty', '-m', 'Initial shop'])
  const branches: Record<string, string> = { main: await git(['rev-parse', 'HEAD']) }
  const overlays = existsSync(scenarios)
    ? (await readdir(scenarios, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : []
  for (const name of overlays.filter((n) => !o.only || o.only.includes(n))) {
    tick++
    await git(['checkout', '-q', '-B', name, 'main'])
    const overlay = join(scenarios, name)
    await copyTree(overlay, dir)
    for (const path of await deleteList(overlay)) await git(['rm', '-r', '-q', '--ignore-unmatch', '--', path])
    await git(['add', '-A'])
    await git(['commit', '-q', '--allow-empty', '-m', `Scenario ${name}`])
    branches[name] = await git(['rev-parse', 'HEAD'])
  }
  await git(['checkout', '-q', 'main'])
  return { gitDir: dir, branches, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

async function copyTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from)) {
    if (entry === '.git' || controlFiles.has(entry)) continue
    await cp(join(from, entry), join(to, entry), { recursive: true, force: true })
  }
}

async function deleteList(overlay: string): Promise<string[]> {
  const file = join(overlay, '.oda-delete')
  if (!existsSync(file)) return []
  return (await readFile(file, 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}
