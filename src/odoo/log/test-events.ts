import type { ModuleTotals, OdooTest, TestPhase } from './odoo-log-types.ts'
import { capText } from './classify-fatal.ts'
import { detach } from './detach.ts'
import { lastFrameUnder, parseTraceback } from './parse-traceback.ts'

/** A new running test from `Starting Class.method ...` on logger `odoo.addons.<module>.tests.<file>`. */
export function openTest(o: {
  module: string
  logger: string
  description: string
  phase: TestPhase
  logLine: number
}): OdooTest {
  const dot = o.description.lastIndexOf('.')
  return {
    module: detach(o.module),
    className: dot > 0 ? detach(o.description.slice(0, dot)) : '',
    method: detach(dot > 0 ? o.description.slice(dot + 1) : o.description),
    status: 'passed',
    phase: o.phase,
    pythonModule: detach(o.logger),
    logLine: o.logLine,
  }
}

/**
 * Records a FAIL/ERROR on a test: the worst status wins (error over failed), the first
 * traceback is kept, and the location is the last frame inside the module's tests.
 */
export function applyFailure(
  test: OdooTest,
  f: { flavour: 'failed' | 'error'; description: string; lines: readonly string[] },
): void {
  const blocks = parseTraceback(f.lines)
  const last = blocks[blocks.length - 1]
  const message =
    last?.exception ||
    f.lines.find((l) => l.trim())?.trim() ||
    (f.flavour === 'failed' ? 'test failed' : 'test raised an error')
  if (f.description.startsWith('Subtest ')) {
    const params = f.description.slice(8).split(' ').slice(1).join(' ')
    ;(test.subtests ??= []).push({ params: detach(params), status: f.flavour, message: detach(message) })
  }
  if (test.status !== 'error') test.status = f.flavour
  if (test.traceback !== undefined) return
  test.message = detach(message)
  test.traceback = capText(f.lines.join('\n').trimEnd())
  const frames = blocks.flatMap((b) => b.frames)
  const frame = lastFrameUnder(frames, `/${test.module}/tests/`) ?? lastFrameUnder(frames, `/${test.module}/`)
  if (frame) {
    test.file = detach(frame.file)
    test.line = frame.line
  }
}

/** Marks the end of a test. */
export function closeTest(test: OdooTest, durationMs: number): void {
  if (!test.fixture) test.durationMs = durationMs
}

/** Empty totals for a module. */
export function newModuleTotals(module: string): ModuleTotals {
  return { module, tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 }
}

const FIXTURE =
  /^ERROR: (setUpClass|tearDownClass|setUpModule|tearDownModule) \((odoo\.addons\.([^.]+)\.tests\.[\w.]+)\)$/

/** `ERROR: setUpClass (odoo.addons.m.tests.test_x.TestX)` from `odoo.tests.suite` (17+) or `unittest.suite` (16). */
export function parseFixtureError(
  message: string,
): { module: string; pythonModule: string; className: string; method: string } | undefined {
  const m = FIXTURE.exec(message)
  if (!m) return undefined
  const method = m[1]!
  const dotted = m[2]!
  if (method.endsWith('Module')) return { module: m[3]!, pythonModule: dotted, className: '', method }
  const dot = dotted.lastIndexOf('.')
  return { module: m[3]!, pythonModule: dotted.slice(0, dot), className: dotted.slice(dot + 1), method }
}
