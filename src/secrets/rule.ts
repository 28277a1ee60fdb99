/** How bad a leak of this kind is; maps to a finding level (high: failure, medium: warning, low: notice). */
export type SecretSeverity = 'high' | 'medium' | 'low'

/** Outcome of a checksum or structural check on a candidate secret. */
export type Validation = 'valid' | 'invalid' | 'unchecked'

/**
 * One detection rule, written from the provider's documented token format.
 * `regex` must be linear-time: every quantifier bounded, so a long run of matching
 * characters can never make the engine backtrack quadratically.
 */
export interface SecretRule {
  /** Stable kebab-case id, used in findings, fingerprints and ignore entries. */
  id: string
  /** One line naming the credential. */
  description: string
  /**
   * Lowercase literals of which at least one must occur on the line for the regex to run.
   * Empty for a file rule: it runs on every line of the files `paths` matches.
   */
  keywords: readonly string[]
  /** The pattern; flags other than `g`/`i`/`m` are not used. */
  regex: RegExp
  /** Capture group holding the secret; 0 is the whole match. */
  secretGroup: number
  /** Minimum Shannon entropy (bits per character) of the secret, for formats that do not identify themselves. */
  entropy?: number
  severity: SecretSeverity
  /** Checksum or structure check; `invalid` lowers the confidence instead of dropping the finding. */
  validate?: (secret: string) => Validation
  /** Extra veto after the match (e.g. `read -s` is not an echoing prompt). Returns true to drop. */
  reject?: (match: RegExpExecArray, line: string, path: string) => boolean
  /** Only files whose path matches are scanned by this rule. */
  paths?: RegExp
  /** The pattern may span lines; the value is the most characters it can cover. */
  multiline?: number
  /**
   * A block rule: `regex` finds the block's opening on one line; the block runs from there
   * to the `end` marker (through the `close` text after it) when one is given, else to the
   * next `open` literal, `maxChars` or the fragment's end. The next opening and end marker
   * are found by cursors that only move forward, so a file of repeated opening lines costs
   * linear time; with an `end`, a block containing another opening is not a block.
   * `extract` returns the secrets inside (offsets from the block's start); none vetoes it.
   */
  block?: {
    open: string
    end?: { marker: string; close: string }
    maxChars: number
    extract: (block: string) => readonly { secret: string; offset: number }[]
  }
  /** The fragment must contain a match of this somewhere (tested once per fragment), e.g. `kind: Secret`. */
  fileMatches?: RegExp
  /** Skip the placeholder check (the rule's own value is a policy, not a credential). */
  noPlaceholderCheck?: boolean
  /** False for rules whose match is context, not a secret (never used for log redaction). */
  redact?: boolean
}
