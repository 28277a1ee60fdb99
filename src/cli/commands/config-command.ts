import { resolve } from 'node:path'
import { configRedactor } from '../../face/config-redactor.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import { UsageError } from '../usage-error.ts'
import { assertRepoDir } from '../assert-repo-dir.ts'
import { loadCliConfig } from '../load-cli-config.ts'

/** `oda config validate [dir]`: ConfigError (exit 2) or the effective config. */
export async function configCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
}): Promise<number> {
  const [sub, dirArg, ...extra] = o.args
  if (o.options.help || sub !== 'validate' || extra.length > 0 || dirArg?.startsWith('-')) {
    if (!o.options.help) throw new UsageError('usage: oda config validate [dir] [--format text|json]')
    o.io.out(
      'usage: oda config validate [dir] [--format text|json]\n\nValidates .github/oda.yml (and what it extends) and prints the effective config.\n',
    )
    return 0
  }
  if (o.options.format !== 'text' && o.options.format !== 'json')
    throw new UsageError(`oda config validate prints text or json, not "${o.options.format}"`)
  const dir = resolve(o.io.cwd, dirArg ?? '.')
  assertRepoDir(dir, dirArg ?? '.')
  const { config, files } = await loadCliConfig(dir, o.io)
  // A config may carry credentials by mistake (a token in a step); never print them.
  const redactor = configRedactor()
  if (o.options.format === 'json') o.io.out(redactor.redact(JSON.stringify({ files, config }, null, 2)) + '\n')
  else o.io.out(files.length === 0 ? 'no .github/oda.yml: defaults apply\n' : `valid: ${files.join(' <- ')}\n`)
  return 0
}
