import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { OdooTest } from '../log/odoo-log-types.ts'
import type { OdooCiData, OdooCiTest, SkipReason } from './odoo-ci-data.ts'
import type { PathMapping } from './map-container-path.ts'
import { mapContainerPath } from './map-container-path.ts'
import { testFileOf } from './test-file-of.ts'
import type { JunitMark } from './junit-writer.ts'
import { JunitWriter } from './junit-writer.ts'
import { junitSyntheticCases } from './render-junit.ts'
import { SkipTally } from './skip-tally.ts'

/** Artifact names of the full results. */
export const TESTS_ARTIFACT = 'odoo-tests.jsonl'
export const JUNIT_ARTIFACT = 'odoo-junit.xml'

const MAX_KEPT = 100
const FLUSH_BYTES = 256 * 1024

/** What the sink kept for the run's record: the notable tests and the skip reasons. */
export interface CollectedTests {
  tests: OdooCiTest[]
  testsOmitted: number
  skipReasons: SkipReason[]
}

/**
 * Where every test of a run goes as the parser finishes it: mapped into the repository,
 * written to `odoo-tests.jsonl` and the JUnit report on disk, counted by skip reason, and
 * kept in memory only when notable (failing, erroring, logging an error) and under the cap.
 * This is what keeps a run's memory and record flat in the log's size.
 */
export class TestSink {
  readonly #junit: JunitWriter
  readonly #jsonl: number
  /** Bytes written to the test list; writes name their position, as a rollback truncates the file. */
  #jsonlBytes = 0
  #pending: string[] = []
  #pendingBytes = 0
  readonly #mapping: PathMapping
  readonly #learnt: Map<string, string>
  readonly #redact: ((text: string) => string) | undefined
  #skips = new SkipTally()
  readonly #kept: OdooCiTest[] = []
  #omitted = 0
  readonly #maxKept: number

  constructor(options: {
    dir: string
    mapping: PathMapping
    /**
     * Applied to the free text of tests that did not simply pass (messages, tracebacks) before they
     * are written; leave it out when the lines were redacted already (exec output).
     */
    redact?: (text: string) => string
    maxKept?: number
  }) {
    this.#mapping = options.mapping
    this.#learnt = new Map(options.mapping.addonDirs)
    this.#redact = options.redact
    this.#maxKept = options.maxKept ?? MAX_KEPT
    this.#junit = new JunitWriter(join(options.dir, JUNIT_ARTIFACT))
    this.#jsonl = openSync(join(options.dir, TESTS_ARTIFACT), 'w')
  }

  /** Takes one finished test. */
  add(test: OdooTest): void {
    const t = this.#mapped(
      !this.#redact || (test.status === 'passed' && !test.logged) ? test : redacted(test, this.#redact),
    )
    const line = JSON.stringify(t) + '\n'
    this.#pending.push(line)
    this.#pendingBytes += line.length
    if (this.#pendingBytes >= FLUSH_BYTES) this.#flush()
    this.#junit.add(t)
    if (t.status === 'skipped') this.#skips.add(t)
    if (notable(t)) {
      if (this.#kept.length < this.#maxKept) this.#kept.push(t)
      else if (t.status === 'failed' || t.status === 'error') this.#omitted++
    }
  }

  /** A point to come back to: before an Odoo run whose modules may be tested again. */
  mark(): SinkMark {
    this.#flush()
    return {
      junit: this.#junit.mark(),
      jsonlBytes: this.#jsonlBytes,
      kept: this.#kept.length,
      omitted: this.#omitted,
      skips: this.#skips.clone(),
    }
  }

  /** Forgets every test added since `mark`, so a run that is repeated is not counted twice. */
  rollback(mark: SinkMark): void {
    this.#flush()
    ftruncateSync(this.#jsonl, mark.jsonlBytes)
    this.#jsonlBytes = mark.jsonlBytes
    this.#junit.rollback(mark.junit)
    this.#kept.length = mark.kept
    this.#omitted = mark.omitted
    this.#skips = mark.skips.clone()
  }

  /** What the run's record keeps. */
  collected(): CollectedTests {
    return { tests: [...this.#kept], testsOmitted: this.#omitted, skipReasons: this.#skips.reasons() }
  }

  /** Closes the test list and writes the JUnit report, with testcases for what was not a test (load failures...). */
  finish(data: OdooCiData): void {
    this.#flush()
    closeSync(this.#jsonl)
    this.#junit.finish(junitSyntheticCases(data))
  }

  /** Closes the files after a crash, leaving no spool behind. */
  discard(): void {
    closeSync(this.#jsonl)
    this.#junit.discard()
  }

  #flush(): void {
    if (this.#pending.length === 0) return
    this.#jsonlBytes += writeSync(this.#jsonl, this.#pending.join(''), this.#jsonlBytes)
    this.#pending = []
    this.#pendingBytes = 0
  }

  #mapped(test: OdooTest): OdooCiTest {
    const mapped = test.file ? mapContainerPath(test.file, { ...this.#mapping, addonDirs: this.#learnt }) : undefined
    // A failing frame tells where its addon lives in the repository; later tests of that addon follow it.
    if (mapped && !this.#learnt.has(test.module)) {
      const at = mapped.lastIndexOf(`${test.module}/`)
      if (at >= 0) this.#learnt.set(test.module, mapped.slice(0, at + test.module.length))
    }
    return { ...test, path: mapped ?? testFileOf(test.pythonModule, this.#learnt) }
  }
}

/** Where the sink stood at `mark`. */
export interface SinkMark {
  junit: JunitMark
  jsonlBytes: number
  kept: number
  omitted: number
  skips: SkipTally
}

/** Tests the record keeps: those that failed or erred, and passing ones that logged an error. */
function notable(t: OdooTest): boolean {
  return t.status === 'failed' || t.status === 'error' || (t.logged?.some((l) => l.level !== 'WARNING') ?? false)
}

// Joins a test's texts for one redaction call; newlines around it stop patterns from spanning fields.
const SEP = '\n\u0000\n'

/** The test with its texts redacted: one call for all of them, as each call runs every pattern. */
function redacted(t: OdooTest, redact: (text: string) => string): OdooTest {
  const texts = [
    t.message ?? '',
    t.traceback ?? '',
    ...(t.subtests ?? []).map((s) => s.message),
    ...(t.logged ?? []).map((l) => l.message),
  ]
  const joined = texts.join(SEP)
  const clean = redact(joined)
  if (clean === joined) return t
  let parts = clean.split(SEP)
  // A mask that swallowed a separator: redact field by field instead.
  if (parts.length !== texts.length) parts = texts.map((x) => redact(x))
  let at = 2
  return {
    ...t,
    message: t.message === undefined ? undefined : parts[0],
    traceback: t.traceback === undefined ? undefined : parts[1],
    subtests: t.subtests?.map((s) => ({ ...s, message: parts[at++]! })),
    logged: t.logged?.map((l) => ({ ...l, message: parts[at++]! })),
  }
}
