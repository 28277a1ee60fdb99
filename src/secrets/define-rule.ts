import type { SecretRule } from './rule.ts'

type RuleOptions = Partial<Omit<SecretRule, 'id' | 'description' | 'keywords' | 'regex'>> & { flags?: string }

/**
 * Builds a rule from a regex source string. Sources are strings (not literals) so rules can
 * use inline modifiers such as `(?i:aws)` for a case-insensitive context word while the
 * secret's own alphabet stays case-sensitive.
 */
export function defineRule(
  id: string,
  description: string,
  keywords: readonly string[],
  source: string,
  o: RuleOptions = {},
): SecretRule {
  const { flags, ...rest } = o
  return {
    id,
    description,
    keywords,
    regex: new RegExp(source, flags ?? ''),
    secretGroup: 1,
    severity: 'high',
    ...rest,
  }
}

/** Assignment glue between a context word and its value: `x = "v"`, `x: v`, `"x": "v"`, `x := v`, `x => 'v'`. */
const ASSIGN = `[ \\t\\w.-]{0,25}[\\s'"\`]{0,3}(?:=|:=|=>|:{1,3}=?|\\?=|\\|\\|:|,|>)[\\s'"\`]{0,5}`

/**
 * A rule for a format that does not identify itself: the value must follow an assignment
 * whose name contains the provider word (`TWILIO_AUTH_TOKEN = "…"`), and pass `entropy`.
 */
export function keyedRule(
  id: string,
  description: string,
  keywords: readonly string[],
  name: string,
  secret: string,
  o: RuleOptions = {},
): SecretRule {
  // The value's alphabet is matched case-insensitively too: keys get pasted upper-cased.
  return defineRule(id, description, keywords, `(?i:${name})${ASSIGN}((?i:${secret}))(?![\\w-])`, { entropy: 3, ...o })
}

/** UUID in lower or upper case. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
