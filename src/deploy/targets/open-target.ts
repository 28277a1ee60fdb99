import { readFile } from 'node:fs/promises'
import type { OpContext } from '../../op/context.ts'
import type { EnvironmentConfig } from '../../config/sections/environments.ts'
import type { TargetExecutor } from './target-executor.ts'
import { createLocalExecutor } from './local-executor.ts'
import { createSshExecutor } from './ssh-executor.ts'
import { TargetError } from './target-error.ts'
import { knownHostsFor } from './known-hosts-for.ts'

/**
 * Opens the executor an environment's `target` describes. The SSH key comes from the
 * secret named by `keySecret` and is registered with the redactor before anything runs.
 */
export async function openTarget(setup: {
  envName: string
  env: EnvironmentConfig
  ctx: Pick<OpContext, 'exec' | 'env' | 'redact' | 'cwd'>
}): Promise<TargetExecutor> {
  const t = setup.env.target
  const field = `environments.${setup.envName}.target`
  if (t.type === 'local') return createLocalExecutor({ exec: setup.ctx.exec, cwd: t.cwd || setup.ctx.cwd })
  const privateKey = setup.ctx.env[t.keySecret]
  if (!privateKey)
    throw new TargetError(
      `${field}.keySecret`,
      `the secret ${t.keySecret} is not set; pass the SSH private key in that environment variable`,
    )
  setup.ctx.redact.addValue(privateKey)
  let knownHosts = t.knownHosts
  if (!knownHosts && t.knownHostsFile) {
    try {
      knownHosts = await readFile(t.knownHostsFile, 'utf8')
    } catch (error) {
      throw new TargetError(`${field}.knownHostsFile`, `cannot read ${t.knownHostsFile}`, { cause: error })
    }
  }
  if (!knownHosts.trim())
    throw new TargetError(
      `${field}.knownHosts`,
      'no known host key: oda never trusts an unknown SSH host; add the output of `ssh-keyscan -p PORT HOST`',
    )
  // Keys pasted from Windows carry CRLF, which OpenSSH rejects as an invalid format.
  const key = privateKey.replace(/\r\n/g, '\n')
  return createSshExecutor({
    host: t.host,
    port: t.port,
    user: t.user,
    knownHosts: knownHostsFor(knownHosts, t.host, t.port),
    privateKey: key,
    cwd: t.cwd,
    connectTimeoutS: t.connectTimeoutS,
    exec: setup.ctx.exec,
  })
}
