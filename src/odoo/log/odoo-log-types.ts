/** Outcome of one test, in the vocabulary JUnit readers and check runs share. */
export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped'

/** When Odoo ran a test: while installing its module, or after every module was loaded. */
export type TestPhase = 'at_install' | 'post_install'

/** One line of a Python traceback that names a source file. */
export interface TraceFrame {
  file: string
  line: number
  function: string
}

/** A failing subtest (`FAIL: Subtest Class.method (i=1)`). */
export interface SubtestFailure {
  /** The parameters Odoo prints, e.g. `(i=1)`. */
  params: string
  status: 'failed' | 'error'
  message: string
}

/** One test as the log shows it. `file`/`line` point at the failing frame inside the addon's tests. */
export interface OdooTest {
  module: string
  className: string
  /** Test method, or `setUpClass`/`tearDownClass`/`setUpModule` for a class fixture error. */
  method: string
  status: TestStatus
  phase: TestPhase
  /** Python module path of the test file, from the record's logger (`odoo.addons.m.tests.test_x`). */
  pythonModule: string
  /** Time between `Starting` and the record that closed the test (the log has no exact figure). */
  durationMs?: number
  /** Container path of the failing frame (or of the test file when nothing failed). */
  file?: string
  line?: number
  /** The exception (`AssertionError: 2 != 3`) or the skip reason. */
  message?: string
  /** Traceback text of the first failure, capped. */
  traceback?: string
  subtests?: SubtestFailure[]
  /** True for `setUpClass`-style errors: Odoo counts them as errors but not as tests run. */
  fixture?: boolean
  /** 1-based line of the log where the test started (or failed, for fixture errors). */
  logLine: number
  /** WARNING/ERROR records logged while the test ran (the first 20). */
  logged?: LoggedIssue[]
  /** Further records logged while the test ran, counted but not kept. */
  loggedOmitted?: number
}

/** Totals for one module, counted from the log, plus what Odoo itself declared. */
export interface ModuleTotals {
  module: string
  /** Tests started (Odoo's `testsRun`). */
  tests: number
  passed: number
  /** FAIL records (each failing subtest counts, as in Odoo). */
  failures: number
  /** ERROR records, class fixture errors included. */
  errors: number
  skipped: number
  /** `Module X: f failures, e errors of n tests` (at-install phase only; absent when all passed). */
  declared?: { failures: number; errors: number; tests: number }
  /** `incl. Ns test` from `Module X loaded in ...`. */
  testTimeS?: number
  /** `odoo.tests.stats` line (Odoo 17+): counts stat entries, not tests. */
  stats?: { entries: number; timeS: number; queries: number }
}

/** The authoritative `F failed, E error(s) of N tests when loading database 'db'` line. */
export interface RunSummary {
  failed: number
  errors: number
  tests: number
  database: string
  /** `odoo.tests.runner` (14 to 16) or `odoo.tests.result` (17+). */
  logger: string
  logLine: number
}

/** Why Odoo could not load the registry (exit code 255). */
export type FatalKind =
  | 'missing_dependency'
  | 'missing_python_dependency'
  | 'missing_program'
  | 'import_error'
  | 'xml_parse_error'
  | 'invalid_manifest'
  | 'registry_failure'

export interface FatalError {
  kind: FatalKind
  /** One line a human understands, e.g. `module 'a' depends on 'b', which is not available`. */
  message: string
  module?: string
  /** Container path and line of the cause (XML file:line, the failing import's frame). */
  file?: string
  line?: number
  /** The module that is not available (missing_dependency), the Python library or program that is not installed. */
  dependency?: string
  logLine: number
  traceback?: string
}

/** A WARNING, ERROR or CRITICAL record that is not part of the test machinery. */
export interface LoggedIssue {
  level: 'WARNING' | 'ERROR' | 'CRITICAL'
  logger: string
  message: string
  logLine: number
  /** Module being loaded when it was logged. */
  module?: string
  /**
   * The XML error a record carries in its traceback (Odoo 17/18 log `Module x demo data failed
   * to install` as a WARNING and go on): the data file and line, and Odoo's decisive message.
   */
  xml?: { file: string; line: number; message: string; /** The file in the repository, once mapped. */ path?: string }
}

/** Everything the parser learnt from one log. */
export interface ParsedOdooLog {
  /** `17.0`, `saas~17.4`... from `Odoo version X`. */
  odooVersion?: string
  /** Major series guessed from the version or the summary logger. */
  series?: number
  database?: string
  addonsPaths: string[]
  tests: OdooTest[]
  modules: ModuleTotals[]
  summary?: RunSummary
  /** Counted from the log: Odoo's own arithmetic, to compare with `summary`. */
  counted: { failures: number; errors: number; tests: number; skipped: number }
  fatal: FatalError[]
  /** WARNING+ records logged outside any test (capped; see `droppedIssues`). */
  issues: LoggedIssue[]
  droppedIssues: number
  /** Modules Odoo loaded (`Loading module X`), in order. */
  loadedModules: string[]
  lines: number
  /** Odoo's HTTP server thread died (`OSError: [Errno 98] Address already in use`): HTTP and browser tests cannot work. */
  httpError?: { message: string; logLine: number }
  /** True when the summary line was never reached (crash, kill, timeout). */
  incomplete: boolean
}
