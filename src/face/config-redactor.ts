import { builtinRedactionPatterns } from '../log/builtin-patterns.ts'
import { Redactor } from '../log/redactor.ts'
import { redactionSources } from '../ops/registry.ts'

let redactor: Redactor | undefined

/**
 * Masks credential formats (built-in and every op family's) in config text a face prints: the
 * effective config, and config errors, which quote values. A config may hold a token by mistake.
 */
export function configRedactor(): Redactor {
  redactor ??= new Redactor({ patterns: [...builtinRedactionPatterns, ...redactionSources().patterns] })
  return redactor
}
