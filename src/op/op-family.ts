import type { OdaConfig } from '../config/schema.ts'
import type { RedactionPattern } from '../log/redactor.ts'
import type { Op } from './define-op.ts'

/**
 * A group of ops registered together (`oda ops` lists them in this order). A family also
 * contributes what the run engine must mask for its domain, so the engine never imports a
 * domain to learn which credentials or configured secret names exist.
 */
export interface OpFamily {
  /** Family key, e.g. `secrets`. */
  name: string
  ops: readonly Op[]
  /** Credential formats masked in every run's logs, trace, report and evidence. */
  redactionPatterns?: () => readonly RedactionPattern[]
  /** Env-var names the configuration refers to as secrets (values masked from the first log line on). */
  secretNames?: (config: OdaConfig) => readonly string[]
}

/** What the run engine masks beyond its built-in credential formats, gathered from every family. */
export interface RedactionSources {
  patterns: readonly RedactionPattern[]
  secretNames: (config: OdaConfig) => readonly string[]
}
