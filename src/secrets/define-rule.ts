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
 * True for a value that is an identifier made of words (`sumOfExposures`,
 * `searchConfluenceUsingCql`, `fetch_all_pages`): code, not a random key. Random keys of the
 * lengths keyed rules take almost always hold a digit or break the word shape.
 */
export function isWordIdentifier(value: string): boolean {
  if (/[0-9]/.test(value)) return false
  return /^(?:[a-z]{2,}|[A-Z][a-z]{1,})(?:[A-Z][a-z]{1,})+$/.test(value) || /^[a-z]{2,}(?:_[a-z]{2,})+$/i.test(value)
}

/**
 * A rule for a format that does not identify itself: the value must follow an assignment
 * whose name contains the provider word (`TWILIO_AUTH_TOKEN = "…"`), and pass `entropy`.
 * The provider word must start a word of the name (`OKTA_TOKEN`, `oktaToken`, `myOktaToken`,
 * not `rookTable`), and a value that is itself an identifier of words is code.
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
  const reject = o.reject
  return defineRule(
    id,
    description,
    keywords,
    `(?:(?<![A-Za-z])|(?=[A-Z]))(?i:${name})${ASSIGN}((?i:${secret}))(?![\\w-])`,
    {
      entropy: 3,
      ...o,
      reject: (m, line, path) => isWordIdentifier(m[1] ?? '') || (reject?.(m, line, path) ?? false),
    },
  )
}

/** UUID in lower or upper case. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
