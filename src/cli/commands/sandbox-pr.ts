import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import type { HostedFaces } from '../hosted-faces.ts'
import { UsageError } from '../usage-error.ts'

const usage = 'usage: oda sandbox pr [--repo <git-dir>] [--base <branch>] --head <branch> [--format text|json]'

/**
 * `oda sandbox pr`: opens a PR on a simulated GitHub against the real App and prints the check
 * runs. Exit code is the App's verdict: 0 when every check run is success or neutral, else 1.
 */
export async function sandboxPrCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  hosts: HostedFaces
}): Promise<number> {
  if (o.options.help) {
    o.io.out(
      `${usage}\n\nStarts the GitHub simulator and the oda App on free loopback ports, serves the repository\n(default: examples/odoo-shop with its scenario branches), opens a PR from --head into --base\n(default: the repository's current branch), waits for every check run and prints them.\n`,
    )
    return 0
  }
  const [sub, ...rest] = o.args
  if (sub !== 'pr') throw new UsageError(`unknown sandbox command "${sub ?? ''}"`, usage)
  const flags: Record<string, string> = {}
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined]
    if (!['--repo', '--base', '--head'].includes(name)) throw new UsageError(`unknown option ${name}`, usage)
    const value = inline ?? rest[++i]
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`, usage)
    flags[name.slice(2)] = value
  }
  if (!flags['head']) throw new UsageError('--head <branch> is required', usage)
  if (o.options.format !== 'text' && o.options.format !== 'json')
    throw new UsageError(`--format ${o.options.format} is not supported here (text or json)`, usage)
  let result
  try {
    result = await o.hosts.sandboxPr({
      format: o.options.format,
      head: flags['head'],
      ...(flags['base'] ? { base: flags['base'] } : {}),
      ...(flags['repo'] ? { repo: flags['repo'] } : {}),
    })
  } catch (error) {
    // A wrong branch or folder is the caller's mistake, not an internal error.
    if (error instanceof Error && /is not a git repository|is not in /.test(error.message))
      throw new UsageError(error.message, usage)
    throw error
  }
  o.io.out(result.output)
  return result.exitCode
}
