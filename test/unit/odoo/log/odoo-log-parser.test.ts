import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseOdooLogFile } from '../../../../src/odoo/log/parse-odoo-log.ts'
import { odooLogFixtures } from '../../../fixtures/odoo/fixture-logs.ts'

/**
 * What a log says about itself, read with plain line regexes independent of the parser:
 * every expectation below is derived from the log text (and the README's exit code).
 */
function oracle(text: string) {
  const lines = text.split('\n')
  const header = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} \d+ [A-Z]+ \S+ \S+: /
  let starting = 0
  const failures: { kind: 'FAIL' | 'ERROR'; logLine: number; file?: string; line?: number; module: string }[] = []
  const skipped: string[] = []
  let summary: { failed: number; errors: number; tests: number; logger: string } | undefined
  const declared = new Map<string, { failures: number; errors: number; tests: number }>()
  lines.forEach((l, i) => {
    if (/ odoo\.addons\.\S+\.tests\.\S+: Starting \S+ \.\.\. $/.test(l)) starting++
    const s = / (odoo\.tests\.(?:result|runner)): (\d+) failed, (\d+) error\(s\) of (\d+) tests when loading/.exec(l)
    if (s) summary = { logger: s[1]!, failed: Number(s[2]), errors: Number(s[3]), tests: Number(s[4]) }
    const d = / odoo\.modules\.loading: Module (\S+): (\d+) failures, (\d+) errors of (\d+) tests/.exec(l)
    if (d) declared.set(d[1]!, { failures: Number(d[2]), errors: Number(d[3]), tests: Number(d[4]) })
    const sk = /: skipped (\S+)/.exec(l)
    if (sk && header.test(l)) skipped.push(sk[1]!)
    const f = /^\S+ \S+ \d+ ERROR \S+ (\S+): (FAIL|ERROR): (.*)$/.exec(l)
    if (f) {
      const module = /odoo\.addons\.([^.]+)\.tests/.exec(f[3]!)?.[1] ?? /odoo\.addons\.([^.]+)\./.exec(f[1]!)![1]!
      let file: string | undefined
      let line: number | undefined
      for (let j = i + 1; j < lines.length && !header.test(lines[j]!); j++) {
        const fr = /File "([^"]+\/tests\/[^"]+)", line (\d+)/.exec(lines[j]!)
        if (fr && fr[1]!.includes(`/${module}/`)) [file, line] = [fr[1], Number(fr[2])]
      }
      failures.push({ kind: f[2] as 'FAIL' | 'ERROR', logLine: i + 1, file, line, module })
    }
  })
  return { starting, failures, skipped, summary, declared }
}

describe('parseOdooLogFile on every recorded log', () => {
  for (const fx of odooLogFixtures()) {
    describe(fx.name, () => {
      const text = readFileSync(fx.path, 'utf8')
      const o = oracle(text)

      it('counts tests, failures and errors exactly as the summary line states', async () => {
        const log = await parseOdooLogFile(fx.path)
        expect(log.counted.tests).toBe(o.starting)
        expect(log.counted.failures).toBe(o.failures.filter((f) => f.kind === 'FAIL').length)
        expect(log.counted.errors).toBe(o.failures.filter((f) => f.kind === 'ERROR').length)
        if (o.summary) {
          expect(log.summary).toMatchObject(o.summary)
          expect(log.counted).toMatchObject({
            tests: o.summary.tests,
            failures: o.summary.failed,
            errors: o.summary.errors,
          })
        } else {
          expect(log.summary).toBeUndefined()
          expect(log.incomplete).toBe(true)
        }
      })

      it('gives each module the totals Odoo declared for it', async () => {
        const log = await parseOdooLogFile(fx.path)
        for (const [module, d] of o.declared) {
          const atInstall = log.tests.filter((t) => t.module === module && t.phase === 'at_install')
          expect(atInstall.filter((t) => !t.fixture)).toHaveLength(d.tests)
          const totals = log.modules.find((m) => m.module === module)!
          expect(totals.declared).toEqual(d)
        }
        const sum = log.modules.reduce((a, m) => a + m.tests, 0)
        expect(sum).toBe(o.starting)
        for (const m of log.modules)
          expect(
            m.passed +
              m.skipped +
              log.tests.filter(
                (t) => t.module === m.module && !t.fixture && (t.status === 'failed' || t.status === 'error'),
              ).length,
          ).toBe(m.tests)
      })

      it('places every failure on the last frame of the module tests that the traceback shows', async () => {
        const log = await parseOdooLogFile(fx.path)
        const failing = log.tests.filter((t) => t.status === 'failed' || t.status === 'error')
        const expected = new Set(o.failures.map((f) => `${f.file}:${f.line}`))
        expect(new Set(failing.map((t) => `${t.file}:${t.line}`))).toEqual(expected)
        for (const t of failing) expect(t.traceback).toContain(`line ${t.line}`)
        expect(
          log.tests
            .filter((t) => t.status === 'skipped')
            .map((t) => `${t.className}.${t.method}`)
            .sort(),
        ).toEqual([...o.skipped].sort())
      })

      it('reports a fatal cause exactly when the run exited 255', async () => {
        const log = await parseOdooLogFile(fx.path)
        if (fx.exitCode === 255) {
          expect(log.fatal).toHaveLength(1)
          expect(log.summary).toBeUndefined()
        } else if (log.summary) {
          expect(log.fatal).toEqual([])
          const bad = log.summary.failed + log.summary.errors > 0
          expect(bad).toBe(fx.exitCode === 1)
        } else {
          // Odoo 18 dies before loading anything when its HTTP port is taken.
          expect(log.httpError).toBeDefined()
        }
      })

      it("reports Odoo's HTTP server failure exactly when the log shows its bind error", async () => {
        const log = await parseOdooLogFile(fx.path)
        const bind = /^OSError: \[Errno 98\] Address already in use$/m.exec(text)
        expect(log.httpError?.message).toBe(bind?.[0])
      })
    })
  }
})

describe('fatal causes name the file and line the log gives', () => {
  const fx = Object.fromEntries(odooLogFixtures().map((f) => [f.name, f.path]))
  it('XML ParseError: the view file and line', async () => {
    const text = readFileSync(fx['odoo17_ci_bad_xml.log']!, 'utf8')
    const [, file, line] = /ParseError: while parsing (\S+):(\d+)/.exec(text)!
    const log = await parseOdooLogFile(fx['odoo17_ci_bad_xml.log']!)
    expect(log.fatal[0]).toMatchObject({ kind: 'xml_parse_error', file, line: Number(line), module: 'ci_bad_xml' })
    expect(log.fatal[0]!.message).toContain(/^(Element .*)$/m.exec(text)![1]!.trim())
  })
  it('a missing Python module imported by the addon: the import line, the module and the addon', async () => {
    const text = readFileSync(fx['odoo17_ci_import_error.log']!, 'utf8')
    const [, file, line] = /File "(\/mnt\/extra-addons\/[^"]+)", line (\d+)/.exec(text)!
    const [, missing] = /^ModuleNotFoundError: No module named '([^']+)'$/m.exec(text)!
    const log = await parseOdooLogFile(fx['odoo17_ci_import_error.log']!)
    expect(log.fatal[0]).toMatchObject({
      kind: 'missing_python_dependency',
      file,
      line: Number(line),
      module: 'ci_import_error',
      dependency: missing,
    })
    expect(log.fatal[0]!.message).toContain(
      `ci_import_error imports the Python module '${missing}', which is not installed`,
    )
  })
  for (const name of [
    'odoo17_ci_python_dep.log',
    'odoo18_ci_python_dep.log',
    'odoo17_oca_sentry_missing_python_lib.log',
  ]) {
    it(`${name}: a library missing from external_dependencies names the library and the addon`, async () => {
      const text = readFileSync(fx[name]!, 'utf8')
      const [, module, detail] =
        /Unable to install module "([^"]+)" because an external dependency is not met: (.*)$/m.exec(text)!
      const library = /(?:not installed: |External dependency )(\S+)/.exec(detail!)![1]!
      const log = await parseOdooLogFile(fx[name]!)
      expect(log.fatal).toHaveLength(1)
      expect(log.fatal[0]).toMatchObject({ kind: 'missing_python_dependency', module, dependency: library })
      expect(log.fatal[0]!.message).toBe(
        `${module} needs the Python library '${library}' (manifest external_dependencies), which is not installed`,
      )
    })
  }
  for (const name of ['odoo17_ci_bad_field.log', 'odoo18_ci_bad_field.log']) {
    it(`${name}: a view naming an unknown field gives Odoo's decisive sentence, not the quoted XML`, async () => {
      const text = readFileSync(fx[name]!, 'utf8')
      const [, file, line] = /ParseError: while parsing (\S+):(\d+)/.exec(text)!
      const decisive = /^(Field "\S+" does not exist in model "\S+")$/m.exec(text)![1]!
      const log = await parseOdooLogFile(fx[name]!)
      expect(log.fatal[0]).toMatchObject({ kind: 'xml_parse_error', file, line: Number(line), module: 'ci_bad_field' })
      expect(log.fatal[0]!.message).toBe(`XML error in ${file}:${line}: ${decisive}`)
    })
  }
  it('missing dependency: both module names', async () => {
    const text = readFileSync(fx['odoo17_ci_missing_dep.log']!, 'utf8')
    const [, module, dependency] = /install module '([^']+)' that depends on module '([^']+)'/.exec(text)!
    const log = await parseOdooLogFile(fx['odoo17_ci_missing_dep.log']!)
    expect(log.fatal[0]).toMatchObject({ kind: 'missing_dependency', module, dependency })
  })
  it('invalid manifest: the module and the version Odoo rejected', async () => {
    const text = readFileSync(fx['odoo18_foreign_series_version_in_addons_path.log']!, 'utf8')
    const [, version] = /Invalid version '([^']+)'/.exec(text)!
    const [, module] = /^ValueError: Module ([^\s:]+): invalid manifest/m.exec(text)!
    const log = await parseOdooLogFile(fx['odoo18_foreign_series_version_in_addons_path.log']!)
    expect(log.fatal[0]).toMatchObject({ kind: 'invalid_manifest', module })
    expect(log.fatal[0]!.message).toContain(version)
  })
})

describe('series and version details', () => {
  const fx = Object.fromEntries(odooLogFixtures().map((f) => [f.name, f.path]))
  it('reads Odoo 16 summaries from odoo.tests.runner and setUpClass errors from unittest.suite', async () => {
    const log = await parseOdooLogFile(fx['odoo16_ci_demo_install.log']!)
    expect(log.series).toBe(16)
    expect(log.summary?.logger).toBe('odoo.tests.runner')
    const fixture = log.tests.find((t) => t.fixture)!
    expect(fixture).toMatchObject({
      className: 'TestSetupError',
      method: 'setUpClass',
      status: 'error',
      module: 'ci_demo',
    })
    const skip = log.tests.find((t) => t.method === 'test_skip')!
    expect(skip.status).toBe('skipped')
    expect(skip.message).toBeUndefined()
  })
  it('keeps the skip reason, subtests, phases and errors logged inside tests (17 and 18)', async () => {
    for (const name of ['odoo17_ci_demo_install.log', 'odoo18_ci_demo_install.log']) {
      const text = readFileSync(fx[name]!, 'utf8')
      const log = await parseOdooLogFile(fx[name]!)
      const reason = /skipped TestDemo\.test_skip : (.*?) $/m.exec(text)![1]
      expect(log.tests.find((t) => t.method === 'test_skip')?.message).toBe(reason)
      const sub = log.tests.find((t) => t.method === 'test_subtests')!
      expect(sub.status).toBe('failed')
      expect(sub.subtests?.map((s) => s.params)).toEqual(
        [...text.matchAll(/FAIL: Subtest TestDemo\.test_subtests (\(.*\))$/gm)].map((m) => m[1]),
      )
      expect(
        log.tests
          .filter((t) => t.phase === 'post_install')
          .map((t) => t.method)
          .sort(),
      ).toEqual(['test_post_fail', 'test_post_pass'])
      const logged = log.tests.find((t) => t.method === 'test_logged_error')!
      expect(logged.status).toBe('passed')
      expect(logged.logged?.[0]).toMatchObject({ level: 'ERROR', message: 'An error logged but test passes' })
      expect(log.tests.find((t) => t.method === 'test_warning')?.logged?.[0]?.level).toBe('WARNING')
    }
  })
  it('collects WARNINGs logged outside tests with their logger (Odoo 18 docutils notices)', async () => {
    const text = readFileSync(fx['odoo18_ci_demo_install.log']!, 'utf8')
    const log = await parseOdooLogFile(fx['odoo18_ci_demo_install.log']!)
    const expected = text
      .split('\n')
      .filter((l) => / WARNING \S+ odoo\.addons\.base\.models\.ir_module: /.test(l)).length
    expect(log.issues.filter((i) => i.logger === 'odoo.addons.base.models.ir_module')).toHaveLength(expected)
    expect(log.issues.every((i) => i.level === 'WARNING')).toBe(true)
  })
})
