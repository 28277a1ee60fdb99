import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOdooLogText } from '../../../../src/odoo/log/parse-odoo-log.ts'
import type { PathMapping } from '../../../../src/odoo/ci/map-container-path.ts'
import type { OdooCiData } from '../../../../src/odoo/ci/odoo-ci-data.ts'
import type { RunFacts } from '../../../../src/odoo/ci/to-odoo-ci-data.ts'
import { toOdooCiData } from '../../../../src/odoo/ci/to-odoo-ci-data.ts'
import { JUNIT_ARTIFACT, TESTS_ARTIFACT, TestSink } from '../../../../src/odoo/ci/test-sink.ts'

/** A log text through the parser and the test sink, as the ops do; with the artifacts it wrote. */
export function ciDataOf(
  text: string,
  facts: RunFacts,
  mapping: PathMapping,
  redact: (text: string) => string = (t) => t,
): { data: OdooCiData; junit: string; tests: Record<string, unknown>[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'oda-ci-data-'))
  const sink = new TestSink({ dir, mapping, redact })
  const log = parseOdooLogText(text, { keepTests: false, onTest: (t) => sink.add(t) })
  const data = toOdooCiData(log, facts, sink.collected(), mapping)
  sink.finish(data)
  const tests = readFileSync(join(dir, TESTS_ARTIFACT), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l): Record<string, unknown> => JSON.parse(l))
  return { data, junit: readFileSync(join(dir, JUNIT_ARTIFACT), 'utf8'), tests, dir }
}
