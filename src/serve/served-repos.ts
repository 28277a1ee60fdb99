import { realpathSync, statSync } from 'node:fs'
import { resolve } from 'node:path'

/** A repository the server was started with: requests name it, never give its path. */
export interface ServedRepo {
  name: string
  /** Real path of the checkout (symlinks resolved once, at start). */
  dir: string
}

/** Names requests may use: no slashes, no dots at the start, nothing a path could be made of. */
const REPO_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

/** A `--repo` option or a repository name that cannot be served; the server does not start (exit 2). */
export class ServedRepoError extends Error {
  override name = 'ServedRepoError'
  readonly usage = true
}

/**
 * Parses `--repo name=<dir>` values (relative dirs against `cwd`). Each dir must be an existing
 * folder; names must be unique and match `[A-Za-z0-9][A-Za-z0-9_-]*`.
 */
export function parseServedRepos(values: readonly string[], cwd: string): ServedRepo[] {
  const out: ServedRepo[] = []
  for (const value of values) {
    const eq = value.indexOf('=')
    const name = eq < 0 ? '' : value.slice(0, eq)
    const dir = eq < 0 ? '' : value.slice(eq + 1)
    if (!REPO_NAME.test(name) || dir === '')
      throw new ServedRepoError(
        `--repo ${JSON.stringify(value)}: expected name=<dir> with a name of letters, digits, _ and - (e.g. --repo shop=./odoo-shop)`,
      )
    if (out.some((r) => r.name === name)) throw new ServedRepoError(`--repo ${name} is given twice`)
    out.push({ name, dir: realFolder(resolve(cwd, dir), value) })
  }
  return out
}

/** The served repository called `name`, or a ServedRepoError that lists the names there are. */
export function findServedRepo(repos: readonly ServedRepo[], name: string): ServedRepo {
  const found = REPO_NAME.test(name) ? repos.find((r) => r.name === name) : undefined
  if (!found)
    throw new ServedRepoError(
      `unknown repository ${JSON.stringify(name.slice(0, 100))}; this server serves: ${repos.map((r) => r.name).join(', ') || '(none)'}`,
    )
  return found
}

function realFolder(dir: string, option: string): string {
  try {
    const real = realpathSync.native(dir)
    if (statSync(real).isDirectory()) return real
  } catch {
    // reported below with the option that named it
  }
  throw new ServedRepoError(`--repo ${option}: ${dir} is not a folder`)
}
