import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import type { OdooCiConfig } from '../../../config/sections/odoo-ci.ts'
import { setsOption } from '../../../odoo/ci/build-odoo-command.ts'
import type { SandboxUser } from '../../../exec/sandbox.ts'

/** Folders of one run on this machine, and what Odoo is told about them. */
export interface RunDirs {
  /** `--data-dir=…` when oda chooses or knows the data dir. */
  args: string[]
  /** Environment of the Odoo process (`TMPDIR` inside the run's folder). */
  env: Record<string, string>
  /** Data dir of the run, when known. */
  dataDir?: string
  /** Removes what the run left: its own folder, or the filestores of its databases in a given data dir. */
  cleanup: (databases: readonly string[]) => void
}

/**
 * Where Odoo keeps the run's filestore, sessions and temporary files, so nothing outlives the run:
 * - `auto` (odoo-bin and custom modes): a new folder per run, given as `--data-dir` and as
 *   `TMPDIR` (`tmp/` inside it, where Python and Chrome put their temporary files), removed afterwards;
 *   a `--data-dir` in `odoo-ci.args` is kept and only the run's filestores are removed from it;
 * - a path: used as the data dir, and the run's filestores are removed from it;
 * - `none`, and `auto` in docker-compose mode (the container's own data dir): nothing is passed.
 * With a sandbox user, the run's own folder belongs to that user (Odoo runs as it).
 */
export function prepareRunDirs(cfg: OdooCiConfig, root: string, database: string, owner?: SandboxUser): RunDirs {
  const none: RunDirs = { args: [], env: {}, cleanup: () => {} }
  const given = dataDirInArgs(cfg.args)
  if (cfg.dataDir === 'none') return none
  if (cfg.dataDir !== 'auto' || given !== undefined) {
    const dir = given !== undefined ? resolve(root, given) : resolve(root, cfg.dataDir)
    return {
      args: given !== undefined ? [] : [`--data-dir=${dir}`],
      env: {},
      dataDir: dir,
      cleanup: (databases) => removeFilestores(dir, databases),
    }
  }
  if (cfg.mode === 'docker-compose') return none
  const run = mkdtempSync(join(tmpdir(), `oda-odoo-${database.slice(0, 40)}-`))
  const data = join(run, 'data')
  const tmp = join(run, 'tmp')
  mkdirSync(data)
  mkdirSync(tmp)
  if (owner) for (const d of [run, data, tmp]) chownSync(d, owner.uid, owner.gid)
  return {
    args: [`--data-dir=${data}`],
    env: { TMPDIR: tmp },
    dataDir: data,
    cleanup: () => rmSync(run, { recursive: true, force: true }),
  }
}

/** The value of `--data-dir`/`-D` in Odoo arguments, if set there. */
function dataDirInArgs(args: readonly string[]): string | undefined {
  if (!setsOption(args, 'data-dir', ['-D'])) return undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a.startsWith('--data-dir=')) return a.slice('--data-dir='.length)
    if ((a === '--data-dir' || a === '-D') && i + 1 < args.length) return args[i + 1]
  }
  return undefined
}

function removeFilestores(dataDir: string, databases: readonly string[]): void {
  for (const db of databases) {
    // Database names are checked identifiers, but never let one climb out of the filestore.
    if (!/^[A-Za-z0-9_-]+$/.test(db) || isAbsolute(db)) continue
    rmSync(join(dataDir, 'filestore', db), { recursive: true, force: true })
  }
}
