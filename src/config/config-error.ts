/** One problem in a config file, positioned for editors and annotations. */
export interface ConfigIssue {
  file: string
  line: number
  column: number
  /** Dotted path of the offending key, e.g. `secrets.enabled`. */
  path: string
  message: string
}

/**
 * `.github/oda.yml` (or a file it extends) is invalid. The message lists every issue as
 * `file:line:column: path: what is wrong (what was expected)`. Faces exit with code 2.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly issues: readonly ConfigIssue[]
  constructor(issues: readonly ConfigIssue[], options?: { cause?: unknown }) {
    super(
      issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n'),
      options,
    )
    this.issues = issues
  }
}
