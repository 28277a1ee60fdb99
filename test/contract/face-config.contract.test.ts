import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostedFaces } from '../../bin/hosted-faces.ts'
import { runCli } from '../../src/cli/run-cli.ts'
import { ConfigError } from '../../src/config/config-error.ts'
import { loadFaceConfig } from '../../src/face/load-face-config.ts'
import { githubConfigSource } from '../../src/github/github-config-source.ts'
import { startSimulator, type Simulator } from '../../src/sim/start-simulator.ts'
import { runnerEnv } from '../helpers/actions-runner.ts'
import { octokitFor } from '../unit/sim/sim-harness.ts'

// One repository config, three faces: the CLI (`oda config validate`, `oda <op>`), the Action
// (`oda action <op>` on a runner) and the App (the config read through the contents API, as its
// worker reads it). Each case is a repository whose .github/oda.yml extends its organisation's
// .github repository; every face must see the same effective config, refuse the same mistakes
// with the same file:line:column message, and exit 2 for them.

const temp = mkdtempSync(join(tmpdir(), 'oda-face-config-'))
let sim: Simulator
afterAll(async () => {
  await sim?.close()
  rmSync(temp, { recursive: true, force: true })
})

function gitRepo(name: string, ymlText: string): string {
  const dir = join(temp, name)
  mkdirSync(join(dir, '.github'), { recursive: true })
  writeFileSync(join(dir, '.github', 'oda.yml'), ymlText)
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'config')
  return dir
}

const cases = {
  valid:
    '_extends: .github\nmanifest:\n  enabled: true\npolicy:\n  permissions:\n    deploy: admin\nenvironments:\n  production: {}\n',
  unknownOp: '_extends: .github\npolicy:\n  permissions:\n    deploi: maintain\n',
  unknownKey: '_extends: .github\nsecrets:\n  enabeld: false\n',
  typoDuringFreeze:
    "_extends: .github\nenvironments:\n  production: {}\npolicy:\n  freezes:\n    - from: '2000-01-01T00:00:00Z'\n      to: '2999-01-01T00:00:00Z'\n      reason: holidays\n",
} as const
type Case = keyof typeof cases
const dirs = {} as Record<Case, string>

beforeAll(async () => {
  const org = gitRepo('org', 'secrets:\n  enabled: false\n')
  for (const name of Object.keys(cases) as Case[]) dirs[name] = gitRepo(name, cases[name])
  sim = await startSimulator({
    repos: [
      { owner: 'acme', repo: '.github', gitDir: org },
      ...(Object.keys(cases) as Case[]).map((name) => ({ owner: 'acme', repo: name, gitDir: dirs[name] })),
    ],
  })
})

/** The environment of a runner (or a developer with a token) for repository acme/<name>. */
function githubEnv(name: Case): Record<string, string> {
  return { GITHUB_REPOSITORY: `acme/${name}`, GITHUB_TOKEN: sim.issueToken(), GITHUB_API_URL: sim.url }
}

async function cli(name: Case, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { ...githubEnv(name), ODA_DATA_DIR: join(temp, 'data-cli'), HOME: temp, USER: 'tester' },
    cwd: dirs[name],
  })
  return { code, out, err }
}

async function action(name: Case, op: string, inputs: Record<string, string>): Promise<{ code: number; err: string }> {
  let err = ''
  const env = {
    ...runnerEnv({
      tempRoot: temp,
      workspace: dirs[name],
      name,
      inputs: { ...inputs, 'github-token': sim.issueToken() },
    }),
    GITHUB_REPOSITORY: `acme/${name}`,
    GITHUB_API_URL: sim.url,
    ODA_DATA_DIR: join(temp, 'data-action'),
  }
  const code = await runCli(
    ['action', op],
    { out: () => {}, err: (t) => void (err += t), env, cwd: dirs[name] },
    hostedFaces,
  )
  return { code, err }
}

async function app(name: Case): Promise<unknown> {
  return loadFaceConfig(githubConfigSource({ client: octokitFor(sim), owner: 'acme', repo: name }))
}

async function appError(name: Case): Promise<string> {
  const error = await app(name).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ConfigError)
  return (error as ConfigError).message
}

describe('a repository config through every face', () => {
  it('gives the CLI and the App the same effective config, organisation defaults included', async () => {
    const r = await cli('valid', ['config', 'validate', '--format', 'json'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const printed = JSON.parse(r.out) as { config: Record<string, unknown> } | Record<string, unknown>
    const fromCli = 'config' in printed ? printed.config : printed
    const { config: fromApp } = (await app('valid')) as { config: Record<string, unknown> }
    expect(fromApp).toMatchObject({ secrets: { enabled: false }, policy: { permissions: { deploy: 'admin' } } })
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(fromApp)))
    // The Action loads the same config and runs the op (no config error: not exit 2).
    expect((await action('valid', 'manifest.verify', { dir: '.' })).code).not.toBe(2)
  }, 60_000)

  it.each([
    [
      'unknownOp',
      /\.github\/oda\.yml:4:5: policy\.permissions\.deploi: no operation is called "deploi"; did you mean "deploy"\?/,
    ],
    ['unknownKey', /\.github\/oda\.yml:3:3: secrets\.enabeld: unknown key "enabeld"; did you mean "enabled"\?/],
  ] as const)(
    'refuses %s alike on every face, exit 2 on the CLI and the Action',
    async (name, message) => {
      const fromCli = await cli(name, ['config', 'validate'])
      expect(fromCli.code).toBe(2)
      expect(fromCli.err).toMatch(message)
      const fromAction = await action(name, 'manifest.verify', { dir: '.' })
      expect(fromAction.code).toBe(2)
      expect(fromAction.err).toMatch(message)
      expect(await appError(name)).toMatch(message)
    },
    60_000,
  )

  it('answers a mistyped environment during a freeze with "did you mean" (exit 2), not a freeze denial', async () => {
    const message =
      /environment "prodution" is not configured in \.github\/oda\.yml; configured: production; did you mean "production"\?/
    const fromCli = await cli('typoDuringFreeze', ['health', 'prodution'])
    expect(fromCli.code).toBe(2)
    expect(fromCli.err).toMatch(message)
    expect(fromCli.err).not.toMatch(/freeze/)
    const fromAction = await action('typoDuringFreeze', 'health', { environment: 'prodution' })
    expect(fromAction.code).toBe(2)
    expect(fromAction.err).toMatch(message)
    // The right name is judged by policy: deploy is frozen (denied, exit 1).
    const frozen = await cli('typoDuringFreeze', ['deploy', 'production', '--format', 'json'])
    expect(frozen.code).toBe(1)
    expect(frozen.out).toMatch(/change freeze .*holidays/)
  }, 60_000)
})
