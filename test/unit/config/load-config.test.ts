import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError } from '../../../src/config/config-error.ts'
import { diskConfigSource } from '../../../src/config/disk-config-source.ts'
import { loadConfig, type ConfigCheckOptions } from '../../../src/config/load-config.ts'
import { renderConfigJsonSchema } from '../../../src/config/render-json-schema.ts'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oda-cfg-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

function load(dir: string, options?: ConfigCheckOptions) {
  return loadConfig(diskConfigSource(dir), options)
}

async function issues(dir: string): Promise<string[]> {
  try {
    await load(dir)
  } catch (error) {
    if (error instanceof ConfigError)
      return error.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}`)
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig from a checkout', () => {
  it('applies defaults when the repository has no .github/oda.yml', async () => {
    const { config, files } = await load(repo({ 'README.md': 'x' }))
    expect(files).toEqual([])
    expect(config['spec-kit'].enabled).toBe(true)
    expect(config.environments).toEqual({})
  })

  it('reads .github/oda.yml and keeps the values it sets', async () => {
    const { config } = await load(
      repo({ '.github/oda.yml': 'secrets:\n  enabled: false\nredact:\n  env: [ODOO_ADMIN_PASSWORD]\n' }),
    )
    expect(config.secrets.enabled).toBe(false)
    expect(config.redact.env).toEqual(['ODOO_ADMIN_PASSWORD'])
  })

  it('names file, line and column of an unknown key and suggests the close one', async () => {
    const found = await issues(repo({ '.github/oda.yml': 'secrets:\n  enabeld: true\n' }))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(
      /^\.github\/oda\.yml:2:3: secrets\.enabeld: unknown key "enabeld"; did you mean "enabled"\? \(expected one of: enabled(, \w+)*\)$/,
    )
  })

  it('suggests nothing when no key is close', async () => {
    const [issue] = await issues(repo({ '.github/oda.yml': 'zzz: 1\n' }))
    expect(issue).toMatch(/^\.github\/oda\.yml:1:1: zzz: unknown key "zzz" \(expected one of: _extends, version,/)
  })

  it('points at the value of a wrongly typed setting and says what was expected', async () => {
    expect(await issues(repo({ '.github/oda.yml': '# comment\nmanifest:\n  enabled: "yes"\n' }))).toEqual([
      '.github/oda.yml:3:12: manifest.enabled: expected boolean, got string "yes"',
    ])
  })

  it('reports YAML syntax errors with their position', async () => {
    const [issue] = await issues(repo({ '.github/oda.yml': 'secrets:\n  enabled: [true\n' }))
    expect(issue).toMatch(/^\.github\/oda\.yml:\d+:\d+: : YAML syntax:/)
  })

  it('rejects a file whose top level is not a mapping', async () => {
    expect(await issues(repo({ '.github/oda.yml': '- a\n- b\n' }))).toEqual([
      '.github/oda.yml:1:1: : expected a mapping of sections (spec-kit:, manifest:, ...) at the top level',
    ])
  })

  it('rejects duplicate keys instead of silently keeping one', async () => {
    const [issue] = await issues(repo({ '.github/oda.yml': 'secrets:\n  enabled: true\n  enabled: false\n' }))
    expect(issue).toMatch(/:3:\d+: : YAML syntax: Map keys must be unique/)
  })

  it('merges _extends: mappings key by key, lists replaced, null resets to the default', async () => {
    const dir = repo({
      'org/base.yml': 'secrets:\n  enabled: false\nredact:\n  env: [A, B]\nmanifest:\n  enabled: false\n',
      '.github/oda.yml': '_extends: ../org/base.yml\nredact:\n  env: [C]\nmanifest: null\n',
    })
    const { config, files } = await load(dir)
    expect(config.secrets.enabled).toBe(false)
    expect(config.redact.env).toEqual(['C'])
    expect(config.manifest.enabled).toBe(true)
    expect(files).toEqual(['.github/oda.yml', 'org/base.yml'])
  })

  it('blames the inherited file for a problem that comes from it', async () => {
    const dir = repo({ 'org/base.yml': 'secrets:\n  enabled: 3\n', '.github/oda.yml': '_extends: ../org/base.yml\n' })
    expect(await issues(dir)).toEqual(['org/base.yml:2:12: secrets.enabled: expected boolean, got number 3'])
  })

  it('reports a missing _extends target and an _extends cycle', async () => {
    expect((await issues(repo({ '.github/oda.yml': '_extends: ../nope.yml\n' })))[0]).toMatch(
      /^\.github\/oda\.yml:1:11: _extends: extends \.\.\/nope\.yml, which does not exist/,
    )
    const cyc = repo({ 'a.yml': '_extends: .github/oda.yml\n', '.github/oda.yml': '_extends: ../a.yml\n' })
    expect((await issues(cyc))[0]).toMatch(/_extends cycle: \.github\/oda\.yml -> a\.yml -> \.github\/oda\.yml/)
  })

  it('validates environment names', async () => {
    expect((await issues(repo({ '.github/oda.yml': 'environments:\n  ../prod: {}\n' })))[0]).toMatch(
      /environments\.\.\.\/prod|environment names are lowercase/,
    )
  })
})

describe('schema/oda.schema.json', () => {
  it('is what the zod schema generates (run node scripts/gen-schema.ts)', async () => {
    expect(readFileSync(join(import.meta.dirname, '../../../schema/oda.schema.json'), 'utf8')).toBe(
      renderConfigJsonSchema(),
    )
  })
})

describe('checks that need the op registry', () => {
  it('rejects a permission for an op that does not exist, at its line, with a suggestion', async () => {
    const dir = repo({ '.github/oda.yml': 'policy:\n  permissions:\n    deploi: maintain\n' })
    await expect(load(dir, { knownOps: ['deploy', 'rollback'] })).rejects.toThrow(ConfigError)
    try {
      await load(dir, { knownOps: ['deploy', 'rollback'] })
    } catch (error) {
      expect((error as ConfigError).issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`)).toEqual([
        '.github/oda.yml:3:5: no operation is called "deploi"; did you mean "deploy"? (operations: deploy, rollback)',
      ])
    }
    const { config } = await load(repo({ '.github/oda.yml': 'policy:\n  permissions:\n    deploy: maintain\n' }), {
      knownOps: ['deploy'],
    })
    expect(config.policy.permissions).toEqual({ deploy: 'maintain' })
  })
})
