import { basename } from 'node:path'
import { parseServedRepos, type ServedRepo } from '../serve/served-repos.ts'
import { UsageError } from './usage-error.ts'

/**
 * The repositories `oda mcp` and `oda serve` serve: `--repo name=<dir>` (repeatable), else the
 * working directory under its folder name. Other arguments are a usage error.
 */
export function serveRepoArgs(args: readonly string[], cwd: string, usage: string): ServedRepo[] {
  const values: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg.startsWith('--repo=')) values.push(arg.slice('--repo='.length))
    else if (arg === '--repo' && args[i + 1] !== undefined) values.push(args[++i]!)
    else throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`, usage)
  }
  if (values.length === 0)
    values.push(
      `${
        basename(cwd)
          .replace(/[^A-Za-z0-9_-]/g, '-')
          .replace(/^[^A-Za-z0-9]+/, '') || 'repo'
      }=${cwd}`,
    )
  return parseServedRepos(values, cwd)
}
