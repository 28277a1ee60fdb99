import type { Store } from '../../engine/store/store.ts'
import { permissionLevels, type Permission } from '../../op/define-op.ts'
import { createApiKey } from '../../serve/api-keys.ts'
import { parseDuration } from '../../serve/parse-duration.ts'
import type { CliIo } from '../cli-io.ts'
import type { GlobalOptions } from '../global-options.ts'
import { UsageError } from '../usage-error.ts'

const usage = `usage: oda keys create --name <name> --scopes <scope>[,<scope>...] [--role read|triage|write|maintain|admin] [--repo <name>] [--expires 30d]
       oda keys list [--format text|json]
       oda keys revoke <id>`

/** `oda keys`: API keys for `oda serve` (REST and MCP over HTTP), stored hashed in the store. */
export async function keysCommand(o: {
  args: readonly string[]
  options: GlobalOptions
  io: CliIo
  openStore: () => Promise<Store>
}): Promise<number> {
  const [sub, ...rest] = o.args
  if (o.options.help || sub === undefined) {
    o.io.out(
      `${usage}\n\nScopes: * (every op but production changes), an op (manifest.verify), a family (manifest),\nor op:environment (deploy:prod; needed for any change to a production environment).\n`,
    )
    return sub === undefined && !o.options.help ? 2 : 0
  }
  if (sub === 'create') return create(o, rest)
  const store = await o.openStore()
  try {
    if (sub === 'list') {
      if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`, usage)
      const keys = (await store.listApiKeys()).map(({ salt: _s, hash: _h, ...shown }) => shown)
      if (o.options.format === 'json') o.io.out(JSON.stringify(keys, null, 2) + '\n')
      else if (keys.length === 0) o.io.out('no API keys\n')
      else
        for (const k of keys)
          o.io.out(
            `${k.id}  ${k.name.padEnd(16)} ${k.role.padEnd(8)} ${k.scopes.join(',')}${k.repo ? ` repo=${k.repo}` : ''}  ${k.revokedAt ? `revoked ${k.revokedAt}` : k.expiresAt ? `expires ${k.expiresAt}` : 'no expiry'}  last used ${k.lastUsedAt ?? 'never'}\n`,
          )
      return 0
    }
    if (sub === 'revoke') {
      if (rest.length !== 1) throw new UsageError('usage: oda keys revoke <id>')
      if (!(await store.revokeApiKey(rest[0]!, new Date().toISOString()))) {
        o.io.err(`no active API key with id ${rest[0]}\n`)
        return 1
      }
      o.io.out(`revoked ${rest[0]}\n`)
      return 0
    }
    throw new UsageError(`unknown subcommand "oda keys ${sub}"`, usage)
  } finally {
    await store.close()
  }
}

async function create(
  o: { io: CliIo; options: GlobalOptions; openStore: () => Promise<Store> },
  args: readonly string[],
): Promise<number> {
  const flags = new Map<string, string>()
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!
    const value = args[i + 1]
    if (!['--name', '--scopes', '--role', '--repo', '--expires'].includes(name) || value === undefined)
      throw new UsageError(`unexpected argument ${JSON.stringify(name)}`, usage)
    flags.set(name, value)
    i++
  }
  const name = flags.get('--name')
  const scopes = flags.get('--scopes')
  if (!name || !scopes) throw new UsageError('oda keys create needs --name and --scopes', usage)
  const role = flags.get('--role') ?? 'write'
  if (!permissionLevels.includes(role as Permission))
    throw new UsageError(`--role ${role}: use one of ${permissionLevels.join(', ')}`)
  const expires = flags.get('--expires')
  const store = await o.openStore()
  try {
    const now = new Date()
    const created = await createApiKey({
      store,
      name,
      scopes: scopes.split(',').map((s) => s.trim()),
      role: role as Permission,
      repo: flags.get('--repo'),
      expiresAt: expires === undefined ? undefined : new Date(now.getTime() + parseDuration(expires, '--expires')),
      createdBy: o.io.env['USER'] ?? 'local',
      now,
    })
    const { salt: _s, hash: _h, ...shown } = created.record
    if (o.options.format === 'json') o.io.out(JSON.stringify({ key: created.key, ...shown }, null, 2) + '\n')
    else
      o.io.out(
        `${created.key}\n\nAPI key ${shown.name} (id ${shown.id}, role ${shown.role}, scopes ${shown.scopes.join(',')}${shown.expiresAt ? `, expires ${shown.expiresAt}` : ''}).\nThis is the only time the key is shown; oda keeps only a salted hash.\n`,
      )
    return 0
  } finally {
    await store.close()
  }
}
