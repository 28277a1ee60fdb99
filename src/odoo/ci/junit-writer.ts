import { closeSync, ftruncateSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import type { OdooCiTest } from './odoo-ci-data.ts'
import type { JunitCounts } from './render-junit.ts'
import {
  JUNIT_CLOSE,
  JUNIT_SUITE_CLOSE,
  addCounts,
  countCase,
  junitOpen,
  junitSuiteOpen,
  junitTestcase,
  zeroCounts,
} from './render-junit.ts'

/** A run of consecutive testcases of one module in the spool file. */
interface Segment {
  module: string
  start: number
  end: number
  counts: JunitCounts
}

/** A testcase that stands for the run itself (a load failure, a timeout...). */
export interface SyntheticCase {
  xml: string
  status: 'error' | 'skipped'
}

/** Where the report stood at `mark`. */
export interface JunitMark {
  offset: number
  segments: number
}

const FLUSH_BYTES = 256 * 1024
const COPY_BYTES = 1024 * 1024

/**
 * Streams a JUnit report to a file whatever the number of tests. JUnit wants each suite's
 * totals before its testcases, and Odoo runs a module's tests in two phases (at install,
 * post install), so testcases go to a spool file as they arrive, with the byte range and totals
 * of each run of one module's tests; `finish` then writes one suite per module by copying its
 * ranges. Memory holds a write buffer and one small record per run of a module's tests.
 */
export class JunitWriter {
  readonly #path: string
  readonly #spoolPath: string
  readonly #spool: number
  #pending: string[] = []
  #pendingBytes = 0
  #offset = 0
  /** Bytes in the spool file; writes name their position, as a rollback truncates the file under them. */
  #written = 0
  readonly #segments: Segment[] = []
  #current: Segment | undefined
  #done = false

  constructor(path: string) {
    this.#path = path
    this.#spoolPath = `${path}.spool`
    this.#spool = openSync(this.#spoolPath, 'w+')
  }

  /** Adds one test's testcase. */
  add(test: OdooCiTest): void {
    const xml = junitTestcase(test)
    const bytes = Buffer.byteLength(xml)
    if (this.#current?.module !== test.module) {
      this.#current = { module: test.module, start: this.#offset, end: this.#offset, counts: zeroCounts() }
      this.#segments.push(this.#current)
    }
    this.#pending.push(xml)
    this.#pendingBytes += bytes
    this.#offset += bytes
    this.#current.end = this.#offset
    countCase(this.#current.counts, test.status, test.durationMs)
    if (this.#pendingBytes >= FLUSH_BYTES) this.#flush()
  }

  /** A point to come back to with `rollback` (the tests of an Odoo run that will be run again). */
  mark(): JunitMark {
    this.#flush()
    // The next test starts a new segment, so the mark falls between segments.
    this.#current = undefined
    return { offset: this.#offset, segments: this.#segments.length }
  }

  /** Forgets every testcase added since `mark`. */
  rollback(mark: JunitMark): void {
    this.#flush()
    ftruncateSync(this.#spool, mark.offset)
    this.#offset = mark.offset
    this.#written = mark.offset
    this.#segments.length = mark.segments
    this.#current = undefined
  }

  /** Writes the report: one suite per module in order of first appearance, then the `odoo` suite. */
  finish(synthetic: readonly SyntheticCase[]): void {
    if (this.#done) return
    this.#flush()
    const suites = new Map<string, { segments: Segment[]; counts: JunitCounts }>()
    for (const s of this.#segments) {
      const suite = suites.get(s.module)
      if (suite) {
        suite.segments.push(s)
        suite.counts = addCounts(suite.counts, s.counts)
      } else suites.set(s.module, { segments: [s], counts: s.counts })
    }
    const run = zeroCounts()
    for (const c of synthetic) countCase(run, c.status === 'error' ? 'error' : 'skipped')
    let total = synthetic.length ? run : zeroCounts()
    for (const suite of suites.values()) total = addCounts(total, suite.counts)
    const out = openSync(this.#path, 'w')
    try {
      writeSync(out, junitOpen(total))
      for (const [module, suite] of suites) {
        writeSync(out, junitSuiteOpen(`odoo.addons.${module}`, suite.counts))
        for (const s of suite.segments) this.#copy(out, s.start, s.end)
        writeSync(out, JUNIT_SUITE_CLOSE)
      }
      if (synthetic.length) {
        writeSync(out, junitSuiteOpen('odoo', run) + synthetic.map((c) => c.xml).join('') + JUNIT_SUITE_CLOSE)
      }
      writeSync(out, JUNIT_CLOSE)
    } finally {
      closeSync(out)
      this.#discard()
    }
  }

  /** Drops the spool without writing a report (the run failed before it could report). */
  discard(): void {
    if (!this.#done) this.#discard()
  }

  #discard(): void {
    this.#done = true
    closeSync(this.#spool)
    rmSync(this.#spoolPath, { force: true })
  }

  #flush(): void {
    if (this.#pending.length === 0) return
    this.#written += writeSync(this.#spool, this.#pending.join(''), this.#written)
    this.#pending = []
    this.#pendingBytes = 0
  }

  #copy(out: number, start: number, end: number): void {
    const buffer = Buffer.allocUnsafe(Math.min(COPY_BYTES, Math.max(1, end - start)))
    for (let at = start; at < end;) {
      const n = readSync(this.#spool, buffer, 0, Math.min(buffer.length, end - at), at)
      if (n === 0) break
      writeSync(out, buffer, 0, n)
      at += n
    }
  }
}
