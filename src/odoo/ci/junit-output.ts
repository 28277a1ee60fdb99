import { existsSync } from 'node:fs'
import type { Report } from '../../op/report.ts'
import { emptyJunit } from './render-junit.ts'
import { JUNIT_ARTIFACT } from './test-sink.ts'

/**
 * The `junit` format of the Odoo ops: the JUnit artifact the run streamed to disk (printed in
 * chunks by the faces), or an empty report when the run wrote none (nothing selected, dry run).
 */
export function junitOutput(report: Report): string | { file: string } {
  const artifact = report.artifacts.find((a) => a.name === JUNIT_ARTIFACT)
  return artifact && existsSync(artifact.path) ? { file: artifact.path } : emptyJunit()
}
