import type {
  FatalError,
  LoggedIssue,
  ModuleTotals,
  OdooTest,
  ParsedOdooLog,
  RunSummary,
  TestPhase,
} from './odoo-log-types.ts'
import type { RecordHeader } from './parse-record-header.ts'
import type { HeaderScan } from './parse-record-header.ts'
import { headerAt, indexOfByte, recordTimeMs, scanRecordHeader, scanRecordHeaderBytes } from './parse-record-header.ts'
import { stripAnsi } from './strip-ansi.ts'
import { capText, classifyFatal } from './classify-fatal.ts'
import { detach } from './detach.ts'
import { applyFailure, closeTest, newModuleTotals, openTest, parseFixtureError } from './test-events.ts'

export interface OdooLogParserOptions {
  /** Called with every test once the log has moved past it. */
  onTest?: (test: OdooTest) => void
  /** Keep every test in the result (default true). Turn off for huge logs and use `onTest`. */
  keepTests?: boolean
  /** Continuation lines kept per record (tracebacks); the rest is dropped (default 400). */
  maxRecordLines?: number
  /** Issues kept outside tests; further ones are only counted (default 1000). */
  maxIssues?: number
}

interface PendingRecord {
  header: RecordHeader
  lines: string[] | undefined
  lineNo: number
}

const TEST_LOGGER = /^odoo\.addons\.([^.]+)\.tests(?:\.(.+))?$/
const STARTING = /^Starting (.+) \.\.\.$/
const FAILURE = /^(FAIL|ERROR): (.*)$/
const SKIPPED = /^skipped (\S+)(?: : (.*))?$/
const SUMMARY = /^(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database '(.*)'$/
const MODULE_DECLARED = /^Module (\S+): (\d+) failures, (\d+) errors(?: of (\d+) tests)?$/
const MODULE_LOADED = /^Module (\S+) loaded in [\d.]+s(?: \(incl\. ([\d.]+)s test\))?/
const LOADING_MODULE = /^Loading module (\S+) \(\d+\/\d+\)$/
const STATS = /^(\S+): (\d+) tests ([\d.]+)s (\d+) queries$/
const COULD_NOT_LOAD = /^Couldn't load module (\S+)/
// A frame of Odoo's HTTP server start-up, and the exception ending its traceback (`OSError: [Errno 98] ...`).
const HTTPD_FRAME = /odoo[/\\]service[/\\]server\.py", line \d+, in (?:http_thread|http_spawn|server_bind)$/
const HTTPD_ERROR = /^\w[\w.]*(?:Error|Exception)\b/
const ISSUE_LEVELS = new Set(['WARNING', 'ERROR', 'CRITICAL'])
const MAX_RECORD_CHARS = 256 * 1024
// What `#routineBytes` compares, as bytes.
const INFO = Buffer.from('INFO ')
const LOADING = Buffer.from('odoo.modules.loading: ')
const LOADING_MODULE_BYTES = Buffer.from('Loading module ')
const MODULE = Buffer.from('Module ')
const INCL = Buffer.from('(incl.')
const ADDONS = Buffer.from('odoo.addons.')
const TESTS = Buffer.from('.tests')
const MODULES = Buffer.from('odoo.modules.')
const TESTS_LOGGER = Buffer.from('odoo.tests.')
const SERVER = Buffer.from('odoo.service.server:')
const ODOO = Buffer.from('odoo:')
const SUITE = Buffer.from('unittest.suite:')
const MAX_ISSUE_CHARS = 4000
const MAX_LOGGED_PER_TEST = 20

/**
 * Streaming parser for Odoo 16, 17 and 18 test logs. Feed it lines (ANSI already stripped)
 * with `pushLine`, then call `end`. It holds one record and one test at a time, so memory
 * stays flat whatever the log size when `keepTests` is off.
 *
 * One state machine, hence one longer file: every record handler reads and moves the same
 * running test, module and counters; the pure pieces (header scan, tracebacks, fatal causes,
 * test events) live in their own files.
 */
export class OdooLogParser {
  readonly #opts: Required<Omit<OdooLogParserOptions, 'onTest'>> & Pick<OdooLogParserOptions, 'onTest'>
  #pending: PendingRecord | undefined
  #pendingChars = 0
  #lineNo = 0
  #lastTimeMs = 0
  #lastLine: string | undefined
  /** Time of the last record when it came through `pushRawLine` undecoded (`#lastLine` is then unset). */
  readonly #lastTime = Buffer.alloc(23)
  #lastTimeSet = false
  readonly #scan: HeaderScan = { p1: 0, p2: 0, p3: 0, colon: 0 }
  #phase: TestPhase = 'at_install'
  #loadingModule: string | undefined
  #current: { test: OdooTest; startMs: number } | undefined
  readonly #tests: OdooTest[] = []
  readonly #modules = new Map<string, ModuleTotals>()
  readonly #counted = { failures: 0, errors: 0, tests: 0, skipped: 0 }
  readonly #fatal: FatalError[] = []
  readonly #issues: LoggedIssue[] = []
  #droppedIssues = 0
  #summary: RunSummary | undefined
  #version: string | undefined
  #database: string | undefined
  #addonsPaths: string[] = []
  readonly #loaded = new Set<string>()
  #registryFailed: { message: string; logLine: number } | undefined
  /** The traceback being printed outside records, and whether it is the HTTP server's. */
  #trace: { start: number; http: boolean; frames: boolean } | undefined
  #httpError: { message: string; logLine: number } | undefined

  constructor(options: OdooLogParserOptions = {}) {
    this.#opts = { keepTests: true, maxRecordLines: 400, maxIssues: 1000, ...options }
  }

  /**
   * Feeds one undecoded line, the bytes `buf[start, end)`. Routine records (most of a big log)
   * and output lines nobody needs are recognised on their bytes and never decoded; anything
   * else is decoded (UTF-8, ANSI colours stripped) and fed to `pushLine`.
   */
  pushRawLine(buf: Buffer, start: number, end: number): void {
    const scan = this.#scan
    if (scanRecordHeaderBytes(buf, start, end, scan)) {
      if (this.#routineBytes(buf, end, scan)) {
        this.#lineNo++
        if (this.#pending) this.#record(this.#pending)
        this.#pending = undefined
        this.#pendingChars = 0
        // Only the time of the last record is needed later (to time the last test).
        buf.copy(this.#lastTime, 0, start, start + 23)
        this.#lastTimeSet = true
        this.#lastLine = undefined
        return
      }
    } else if (this.#skippable(buf, start, end)) {
      this.#lineNo++
      return
    }
    this.pushLine(stripAnsi(buf.toString('utf8', start, end)))
  }

  /** Feeds one line (without its newline). */
  pushLine(line: string): void {
    this.#lineNo++
    const scan = this.#scan
    if (scanRecordHeader(line, scan)) {
      if (this.#pending) this.#record(this.#pending)
      this.#lastLine = line
      this.#pendingChars = 0
      // Most records are INFO lines nobody needs (data files loading, models, crons): skip building them.
      if (this.#routine(line, scan)) {
        this.#pending = undefined
        return
      }
      this.#pending = { header: headerAt(line, scan), lines: undefined, lineNo: this.#lineNo }
      return
    }
    this.#stray(line)
    // A line before the first record (`Running as user 'root'...`) belongs to nothing.
    const p = this.#pending
    if (!p) return
    if ((p.lines?.length ?? 0) >= this.#opts.maxRecordLines || this.#pendingChars > MAX_RECORD_CHARS) return
    ;(p.lines ??= []).push(line)
    this.#pendingChars += line.length
  }

  /**
   * Output that is not a log record. A port already taken shows only here: Odoo 16 and 17 bind
   * in a thread whose exception Python prints to stderr (`Exception in thread odoo.service.httpd`),
   * Odoo 18 in the main thread, which dies with a bare traceback; both end in
   * `OSError: [Errno 98] Address already in use` after a `server_bind` frame.
   */
  #stray(line: string): void {
    if (line.startsWith('Exception in thread odoo.service.httpd')) {
      this.#trace = { start: this.#lineNo, http: true, frames: false }
      return
    }
    if (line.startsWith('Traceback (most recent call last)')) {
      if (!this.#trace?.http || this.#trace.frames) this.#trace = { start: this.#lineNo, http: false, frames: false }
      return
    }
    const trace = this.#trace
    if (!trace) return
    if (line.startsWith(' ')) {
      trace.frames = true
      if (HTTPD_FRAME.test(line)) trace.http = true
      return
    }
    if (trace.http && HTTPD_ERROR.test(line))
      this.#httpError ??= { message: detach(capText(line.trim(), 300)), logLine: trace.start }
    this.#trace = undefined
  }

  /** Finishes the log and returns what it showed. */
  end(): ParsedOdooLog {
    if (this.#pending) this.#record(this.#pending)
    this.#pending = undefined
    const last = this.#lastLine ?? (this.#lastTimeSet ? this.#lastTime.toString('latin1') : undefined)
    this.#closeCurrent(last !== undefined ? recordTimeMs(last) : this.#lastTimeMs)
    if (this.#fatal.length === 0 && this.#registryFailed) {
      this.#fatal.push({
        kind: 'registry_failure',
        message: this.#registryFailed.message,
        logLine: this.#registryFailed.logLine,
        module: this.#loadingModule,
      })
    }
    return {
      odooVersion: this.#version,
      series: seriesOf(this.#version, this.#summary),
      database: this.#database,
      addonsPaths: this.#addonsPaths,
      tests: this.#tests,
      modules: [...this.#modules.values()],
      summary: this.#summary,
      counted: { ...this.#counted },
      fatal: this.#fatal,
      issues: this.#issues,
      droppedIssues: this.#droppedIssues,
      loadedModules: [...this.#loaded],
      lines: this.#lineNo,
      httpError: this.#httpError,
      incomplete: this.#summary === undefined,
    }
  }

  /** `#routine` on the bytes of a scanned record line. */
  #routineBytes(buf: Buffer, end: number, s: HeaderScan): boolean {
    if (s.p2 - s.p1 !== 5 || !bytesAt(buf, s.p1 + 1, INFO)) return false
    const at = s.p3 + 1
    if (bytesAt(buf, at, LOADING)) {
      const m = s.colon + 2
      if (bytesAt(buf, m, LOADING_MODULE_BYTES) || (bytesAt(buf, m, MODULE) && bytesIn(buf, INCL, m, end))) return false
      return this.#current === undefined
    }
    if (bytesAt(buf, at, ADDONS)) return !bytesIn(buf, TESTS, at, s.colon)
    if (bytesAt(buf, at, MODULES)) return true
    return !(
      bytesAt(buf, at, TESTS_LOGGER) ||
      bytesAt(buf, at, SERVER) ||
      bytesAt(buf, at, ODOO) ||
      bytesAt(buf, at, SUITE)
    )
  }

  /**
   * True for a line that is not a record and that nothing would keep: no record is being
   * collected (or it is full), and it cannot start or end the HTTP server's traceback.
   */
  #skippable(buf: Buffer, start: number, end: number): boolean {
    if (this.#trace || indexOfByte(buf, 27, start, end) >= 0) return false
    const first = buf[start]
    if (first === 69 || first === 84) return false // `Exception in thread ...`, `Traceback ...`
    const p = this.#pending
    return !p || (p.lines?.length ?? 0) >= this.#opts.maxRecordLines || this.#pendingChars > MAX_RECORD_CHARS
  }

  /** True for an INFO record that can neither start, end nor fail a test, nor be an issue. */
  #routine(line: string, s: HeaderScan): boolean {
    if (s.p2 - s.p1 !== 5 || !line.startsWith('INFO', s.p1 + 1)) return false
    const at = s.p3 + 1
    if (line.startsWith('odoo.modules.loading: ', at)) {
      const m = s.colon + 2
      // Needed: the module being loaded, and its test time (`Module x loaded in 1s (incl. 0.5s test)`).
      if (line.startsWith('Loading module ', m) || (line.startsWith('Module ', m) && line.includes('(incl.', m)))
        return false
      // Anything else there only matters as the end of a running test.
      return this.#current === undefined
    }
    if (line.startsWith('odoo.addons.', at)) {
      const tests = line.indexOf('.tests', at)
      return tests < 0 || tests > s.colon
    }
    if (line.startsWith('odoo.modules.', at)) return true
    return !(
      line.startsWith('odoo.tests.', at) ||
      line.startsWith('odoo.service.server:', at) ||
      line.startsWith('odoo:', at) ||
      line.startsWith('unittest.suite:', at)
    )
  }

  #record(rec: PendingRecord): void {
    const h = rec.header
    if (this.#database === undefined && h.db !== '?') this.#database = detach(h.db)
    const logger = h.logger
    if (logger.startsWith('odoo.addons.') && logger.includes('.tests')) {
      const m = TEST_LOGGER.exec(logger)
      if (m) return this.#testRecord(rec, m[1]!, logger)
    }
    switch (logger) {
      case 'odoo':
        return this.#odooRecord(h.message)
      case 'odoo.tests.suite':
      case 'unittest.suite':
        return this.#suiteRecord(rec)
      case 'odoo.modules.loading':
        return this.#loadingRecord(rec)
      case 'odoo.tests.result':
      case 'odoo.tests.runner':
        return this.#resultRecord(rec)
      case 'odoo.tests.stats':
        return this.#statsRecord(rec)
      case 'odoo.service.server':
        this.#closeCurrent(h)
        if (h.message === 'Starting post tests') this.#phase = 'post_install'
        if (h.message.startsWith('Failed to initialize database')) return this.#fatalRecord(rec)
        break
      case 'odoo.modules.registry':
        if (h.message === 'Failed to load registry') return this.#fatalRecord(rec)
        break
      case 'odoo.modules.module': {
        const m = COULD_NOT_LOAD.exec(h.message)
        if (m) {
          this.#loadingModule = detach(m[1]!)
          return this.#fatalRecord(rec)
        }
        break
      }
    }
    if (h.level === 'CRITICAL') return this.#fatalRecord(rec)
    this.#issue(rec)
  }

  #odooRecord(message: string): void {
    if (message.startsWith('Odoo version ')) this.#version = detach(message.slice('Odoo version '.length).trim())
    else if (message.startsWith('addons paths: ['))
      this.#addonsPaths = [...message.matchAll(/'([^']*)'/g)].map((m) => detach(m[1]!))
  }

  #testRecord(rec: PendingRecord, module: string, logger: string): void {
    const h = rec.header
    const msg = h.message
    if (msg.startsWith('Starting ')) {
      const m = STARTING.exec(msg)
      if (m) {
        const t = this.#time(h)
        this.#closeCurrent(t)
        this.#current = {
          test: openTest({ module, logger, description: m[1]!, phase: this.#phase, logLine: rec.lineNo }),
          startMs: t,
        }
        this.#counted.tests++
        this.#moduleTotals(module).tests++
        return
      }
    }
    const fail = FAILURE.exec(msg)
    if (fail && (h.level === 'ERROR' || h.level === 'CRITICAL')) {
      const flavour = fail[1] === 'FAIL' ? 'failed' : 'error'
      const totals = this.#moduleTotals(module)
      if (flavour === 'failed') {
        this.#counted.failures++
        totals.failures++
      } else {
        this.#counted.errors++
        totals.errors++
      }
      const target = this.#targetFor(fail[2]!, module, logger, rec.lineNo)
      applyFailure(target, { flavour, description: fail[2]!, lines: rec.lines ?? [] })
      return
    }
    if (msg.startsWith('skipped ')) {
      const m = SKIPPED.exec(msg)
      if (m) {
        const target = this.#targetFor(m[1]!, module, logger, rec.lineNo)
        if (target.status === 'passed') target.status = 'skipped'
        if (m[2] !== undefined) target.message = detach(m[2])
        return
      }
    }
    if (/^=+$/.test(msg)) return
    this.#issue(rec)
  }

  /** The test a FAIL/ERROR/skip record is about: the running one, or a new entry when the log names another. */
  #targetFor(description: string, module: string, logger: string, logLine: number): OdooTest {
    const cur = this.#current?.test
    const key = description.startsWith('Subtest ') ? description.slice(8).split(' ')[0]! : description
    if (cur && (key === `${cur.className}.${cur.method}` || key.startsWith('(') || !key.includes('.'))) return cur
    const t = this.#time(this.#pending?.header)
    this.#closeCurrent(t)
    this.#current = { test: openTest({ module, logger, description: key, phase: this.#phase, logLine }), startMs: t }
    return this.#current.test
  }

  #suiteRecord(rec: PendingRecord): void {
    const fixture = parseFixtureError(rec.header.message)
    if (!fixture) {
      if (!/^=+$/.test(rec.header.message)) this.#issue(rec)
      return
    }
    this.#closeCurrent(rec.header)
    this.#counted.errors++
    this.#moduleTotals(fixture.module).errors++
    const test = openTest({
      module: fixture.module,
      logger: fixture.pythonModule,
      description: fixture.className ? `${fixture.className}.${fixture.method}` : fixture.method,
      phase: this.#phase,
      logLine: rec.lineNo,
    })
    test.fixture = true
    applyFailure(test, { flavour: 'error', description: '', lines: rec.lines ?? [] })
    this.#emit(test)
  }

  #loadingRecord(rec: PendingRecord): void {
    const msg = rec.header.message
    this.#closeCurrent(rec.header)
    // `loading <module>/<file>` is most of a big log and says nothing about tests.
    if (msg.startsWith('loading ') && rec.header.level === 'INFO') return
    let m = LOADING_MODULE.exec(msg)
    if (m) {
      this.#loadingModule = detach(m[1]!)
      this.#loaded.add(this.#loadingModule)
      return
    }
    if ((m = MODULE_LOADED.exec(msg))) {
      if (m[2] !== undefined) this.#moduleTotals(m[1]!).testTimeS = Number(m[2])
      return
    }
    if ((m = MODULE_DECLARED.exec(msg))) {
      this.#moduleTotals(m[1]!).declared = { failures: Number(m[2]), errors: Number(m[3]), tests: Number(m[4] ?? 0) }
      return
    }
    // Odoo's own consequences of failed tests or a failed load, not separate problems.
    if (msg.startsWith('At least one test failed') || msg === 'Transient module states were reset') return
    this.#issue(rec)
  }

  #resultRecord(rec: PendingRecord): void {
    this.#closeCurrent(rec.header)
    const m = SUMMARY.exec(rec.header.message)
    if (!m) return this.#issue(rec)
    this.#summary = {
      failed: Number(m[1]),
      errors: Number(m[2]),
      tests: Number(m[3]),
      database: detach(m[4]!),
      logger: detach(rec.header.logger),
      logLine: rec.lineNo,
    }
    this.#database ??= m[4]
  }

  #statsRecord(rec: PendingRecord): void {
    this.#closeCurrent(rec.header)
    const m = STATS.exec(rec.header.message)
    if (m) this.#moduleTotals(m[1]!).stats = { entries: Number(m[2]), timeS: Number(m[3]), queries: Number(m[4]) }
  }

  #fatalRecord(rec: PendingRecord): void {
    this.#closeCurrent(rec.header)
    const fatal = classifyFatal({
      message: rec.header.message,
      lines: rec.lines ?? [],
      logLine: rec.lineNo,
      loadingModule: this.#loadingModule,
    })
    if (!fatal) {
      this.#registryFailed ??= { message: rec.header.message, logLine: rec.lineNo }
      return
    }
    for (const k of ['message', 'module', 'file', 'dependency'] as const)
      if (fatal[k] !== undefined) fatal[k] = detach(fatal[k])
    // Odoo logs the same failure twice (registry, then server): keep the first report of each cause.
    const same = this.#fatal.some(
      (f) => f.kind === fatal.kind && f.message === fatal.message && f.file === fatal.file && f.line === fatal.line,
    )
    if (!same) this.#fatal.push(fatal)
  }

  #issue(rec: PendingRecord): void {
    const h = rec.header
    if (!ISSUE_LEVELS.has(h.level)) return
    const message =
      rec.lines && rec.lines.length > 0 ? `${h.message}\n${rec.lines.slice(0, 20).join('\n')}`.trimEnd() : h.message
    const issue: LoggedIssue = {
      level: issueLevel(h.level),
      logger: detach(h.logger),
      message: detach(capText(message, MAX_ISSUE_CHARS)),
      logLine: rec.lineNo,
      module: this.#loadingModule,
    }
    const xml = rec.lines?.length ? xmlErrorIn(rec, this.#loadingModule) : undefined
    if (xml) issue.xml = xml
    const cur = this.#current?.test
    if (cur) {
      // A test that logs in a loop must not grow one test without bound.
      if ((cur.logged?.length ?? 0) < MAX_LOGGED_PER_TEST) (cur.logged ??= []).push(issue)
      else cur.loggedOmitted = (cur.loggedOmitted ?? 0) + 1
      return
    }
    if (this.#issues.length >= this.#opts.maxIssues) this.#droppedIssues++
    else this.#issues.push(issue)
  }

  #closeCurrent(nowMs: number | RecordHeader): void {
    const cur = this.#current
    if (!cur) return
    if (typeof nowMs !== 'number') nowMs = this.#time(nowMs)
    this.#current = undefined
    closeTest(cur.test, Math.max(0, nowMs - cur.startMs))
    this.#emit(cur.test)
  }

  #emit(test: OdooTest): void {
    const totals = this.#moduleTotals(test.module)
    if (test.status === 'passed') totals.passed++
    else if (test.status === 'skipped') {
      totals.skipped++
      this.#counted.skipped++
    }
    this.#opts.onTest?.(test)
    if (this.#opts.keepTests) this.#tests.push(test)
  }

  #moduleTotals(module: string): ModuleTotals {
    let t = this.#modules.get(module)
    if (!t) this.#modules.set(module, (t = newModuleTotals(detach(module))))
    return t
  }

  #time(h: RecordHeader | undefined): number {
    if (h) this.#lastTimeMs = recordTimeMs(h.line)
    return this.#lastTimeMs
  }
}

/** The XML error in a logged record's traceback, if it has one (a view or record Odoo could not load). */
function xmlErrorIn(rec: PendingRecord, loadingModule: string | undefined): LoggedIssue['xml'] {
  if (!rec.lines?.some((l) => l.includes('ParseError: while parsing'))) return undefined
  const f = classifyFatal({ message: rec.header.message, lines: rec.lines, logLine: rec.lineNo, loadingModule })
  if (f?.kind !== 'xml_parse_error' || !f.file || f.line === undefined) return undefined
  return { file: detach(f.file), line: f.line, message: detach(f.message) }
}

function issueLevel(level: string): LoggedIssue['level'] {
  return level === 'CRITICAL' ? 'CRITICAL' : level === 'ERROR' ? 'ERROR' : 'WARNING'
}

function seriesOf(version: string | undefined, summary: RunSummary | undefined): number | undefined {
  const m = version ? /(\d+)\.\d+/.exec(version) : null
  if (m) return Number(m[1])
  // Without the banner, the summary logger still tells 14-16 (`runner`) from 17+ (`result`).
  return summary ? (summary.logger === 'odoo.tests.runner' ? 16 : 17) : undefined
}

/** True when `buf` holds `lit` at `at`. */
function bytesAt(buf: Buffer, at: number, lit: Buffer): boolean {
  if (at + lit.length > buf.length) return false
  for (let i = 0; i < lit.length; i++) if (buf[at + i] !== lit[i]) return false
  return true
}

/** True when `lit` occurs within `buf[from, to)`. */
function bytesIn(buf: Buffer, lit: Buffer, from: number, to: number): boolean {
  const first = lit[0]
  for (let i = from; i + lit.length <= to; i++) if (buf[i] === first && bytesAt(buf, i, lit)) return true
  return false
}
