import { ConfigError } from './config-error.ts'
import { CONFIG_PATHS, MAX_CONFIG_BYTES, MAX_CONFIG_CHAIN, type ConfigRef } from './config-ref.ts'
import type { ConfigRead, ConfigSource } from './config-source.ts'
import { issueAt, parseConfigFile, type ParsedFile } from './parse-config-file.ts'
import { resolveExtends } from './resolve-extends.ts'
import { odaConfigSchema, type OdaConfig } from './schema.ts'
import { validateConfigChain } from './validate-config-chain.ts'

export interface LoadedConfig {
  config: OdaConfig
  /** Files read, child first (the repository's own file, then what it extends), as `source.name` gives them. */
  files: string[]
}

/** Facts the schema cannot know, and how issues are shown. */
export interface ConfigCheckOptions {
  /** Op names `policy.permissions` may name; a typo there would silently leave an op unguarded. */
  knownOps?: readonly string[]
  /** Applied to every issue message: a config may carry a credential by mistake, and messages quote values. */
  redact?: (text: string) => string
}

/**
 * The one config loader, for every face: finds `.github/oda.yml` (or `.yaml`) in the source's
 * repository (else, where the source can read it, the organisation's `.github` repository, as
 * Probot does), follows `_extends` (see `resolveExtends`), merges and validates. Every problem
 * is a ConfigError naming file, line and column; defaults apply when there is no file at all.
 * @example
 * const { config } = await loadConfig(diskConfigSource(repoDir), { knownOps: opNames() })
 */
export async function loadConfig(source: ConfigSource, options: ConfigCheckOptions = {}): Promise<LoadedConfig> {
  try {
    const chain = await readChain(source)
    if (chain.length === 0) return { config: odaConfigSchema.parse({}), files: [] }
    return validateConfigChain(chain, options)
  } catch (error) {
    const redact = options.redact
    if (!(error instanceof ConfigError) || !redact) throw error
    throw new ConfigError(
      error.issues.map((i) => ({ ...i, message: redact(i.message) })),
      { cause: error.cause },
    )
  }
}

async function readChain(source: ConfigSource): Promise<ParsedFile[]> {
  const own = await findOwnConfig(source)
  if (own === undefined) return []
  let ref: ConfigRef = own.ref
  let read: ConfigRead | undefined = own.read
  const chain: ParsedFile[] = []
  for (;;) {
    const from = chain.at(-1)
    const name = source.name(ref)
    if (from && chain.some((c) => c.file === name))
      throw new ConfigError([
        issueAt(from, ['_extends'], `_extends cycle: ${[...chain.map((c) => c.file), name].join(' -> ')}`),
      ])
    if (from && chain.length >= MAX_CONFIG_CHAIN)
      throw new ConfigError([issueAt(from, ['_extends'], `more than ${MAX_CONFIG_CHAIN} files in one _extends chain`)])
    read ??= await source.read(ref, MAX_CONFIG_BYTES)
    if (read.kind !== 'bytes') {
      const what = read.kind === 'missing' ? 'does not exist' : read.reason
      if (!from) throw new ConfigError([{ file: name, line: 1, column: 1, path: '', message: `cannot read: ${what}` }])
      const ext = String(from.value['_extends']).trim()
      const looked = ext === name ? '' : ` (looked for ${name})`
      throw new ConfigError([issueAt(from, ['_extends'], `extends ${ext}, which ${what}${looked}`)])
    }
    const parsed = parseConfigFile(name, read.bytes)
    chain.push(parsed)
    const ext = parsed.value['_extends']
    if (ext === undefined) return chain
    if (typeof ext !== 'string')
      throw new ConfigError([issueAt(parsed, ['_extends'], 'expected a file (base.yml) or .github to inherit from')])
    const next = resolveExtends(ext, ref, source)
    if (typeof next === 'string') throw new ConfigError([issueAt(parsed, ['_extends'], next)])
    if (next.repo === 'org' && source.orgUnavailable !== undefined)
      throw new ConfigError([
        issueAt(parsed, ['_extends'], `"${ext}" names the organisation's .github repository: ${source.orgUnavailable}`),
      ])
    ref = next
    read = undefined
  }
}

/** The repository's own config file; without one, the organisation's (when the source can read it). */
async function findOwnConfig(source: ConfigSource): Promise<{ ref: ConfigRef; read: ConfigRead } | undefined> {
  for (const repo of source.orgUnavailable === undefined ? (['self', 'org'] as const) : (['self'] as const)) {
    for (const path of CONFIG_PATHS) {
      const ref: ConfigRef = { repo, path }
      const read = await source.read(ref, MAX_CONFIG_BYTES)
      // A refused file is reported as such; only a missing one is skipped.
      if (read.kind !== 'missing') return { ref, read }
    }
  }
  return undefined
}
