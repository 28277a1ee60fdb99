import type { SecretRule } from './rule.ts'
import { KeywordMatcher } from '../log/keyword-matcher.ts'

/**
 * What the scanner needs of a rule's pattern: `exec` with a `lastIndex`, as a global RegExp
 * has. Tests put a work-counting engine here to prove every rule's cost is linear.
 */
export interface RuleMatcher {
  lastIndex: number
  exec(text: string): RegExpExecArray | null
}

/** Rules ready to scan: the keyword automaton and, per keyword, the rules it triggers. */
export interface CompiledRules {
  rules: readonly SecretRule[]
  matcher: KeywordMatcher
  /** For each keyword id, the indexes (into `rules`) of the rules it triggers. */
  rulesByKeyword: readonly (readonly number[])[]
  /** Regexes with the global flag, one per rule (shared `lastIndex` is reset per use). */
  regexes: readonly RuleMatcher[]
  /** Indexes of file rules: no keyword, they run on every line of the files their `paths` match. */
  fileRules: readonly number[]
}

/**
 * Compiles `rules` (minus `disabled` ids) into a scanner-ready set. `engine` turns each
 * rule's global regex into its matcher (the regex itself unless a test counts work).
 */
export function compileRules(
  rules: readonly SecretRule[],
  disabled: readonly string[] = [],
  engine: (regex: RegExp) => RuleMatcher = (regex) => regex,
): CompiledRules {
  const active = rules.filter((r) => !disabled.includes(r.id))
  const keywordIds = new Map<string, number>()
  const rulesByKeyword: number[][] = []
  active.forEach((rule, ri) => {
    // A credential file's own format (`.pgpass`, `.htpasswd`) may have no fixed word: its
    // path is the prefilter then, so a rule without keywords must name its files.
    if (rule.keywords.length === 0 && !rule.paths)
      throw new Error(`secret rule ${rule.id} has no keyword and no paths: every rule must be behind a prefilter`)
    for (const kw of rule.keywords) {
      let id = keywordIds.get(kw)
      if (id === undefined) {
        id = keywordIds.size
        keywordIds.set(kw, id)
        rulesByKeyword.push([])
      }
      if (!rulesByKeyword[id]!.includes(ri)) rulesByKeyword[id]!.push(ri)
    }
  })
  const regexes = active.map((r) =>
    engine(new RegExp(r.regex.source, r.regex.flags.includes('g') ? r.regex.flags : r.regex.flags + 'g')),
  )
  const fileRules = active.flatMap((r, ri) => (r.keywords.length === 0 ? [ri] : []))
  return { rules: active, matcher: new KeywordMatcher([...keywordIds.keys()]), rulesByKeyword, regexes, fileRules }
}
