import type { RedactionPattern } from '../log/redactor.ts'
import { allRules } from './all-rules.ts'

/**
 * The scanner's rules as redaction patterns, so a credential a rule would report is also
 * masked in every log line, summary and evidence file. Context-only rules (prompts, echo
 * policy) and rules that need an entropy test to be precise are left out: a redactor
 * cannot run the test, and masking ordinary code would make logs unreadable. Block rules
 * (PEM keys) are masked whole by the built-in private-key pattern.
 */
export function secretRedactionPatterns(): RedactionPattern[] {
  return allRules()
    .filter(
      (r) =>
        r.redact !== false &&
        !r.block &&
        // File rules read a line by its file's format: out of that file, they would mask anything.
        r.keywords.length > 0 &&
        r.id !== 'generic-api-key' &&
        !r.id.startsWith('script-'),
    )
    .map((r) => ({
      id: `secret:${r.id}`,
      regex: new RegExp(r.regex.source, r.regex.flags.includes('g') ? r.regex.flags : r.regex.flags + 'g'),
      group: r.secretGroup,
      keywords: r.keywords,
    }))
}
