import type { Op } from '../op/define-op.ts'
import type { OpFamily, RedactionSources } from '../op/op-family.ts'
import { specKitFamily } from './families/speckit.ts'
import { manifestFamily } from './families/manifest.ts'
import { secretsFamily } from './families/secrets.ts'
import { odooFamily } from './families/odoo.ts'
import { deployFamily } from '../deploy/family.ts'
import { repoFamily } from './families/repo.ts'

const families: readonly OpFamily[] = [
  specKitFamily,
  manifestFamily,
  secretsFamily,
  odooFamily,
  deployFamily,
  repoFamily,
]

/** Every op oda knows, in listing order. Faces look ops up here and nowhere else. */
export function allOps(): readonly Op[] {
  return families.flatMap((family) => family.ops)
}

/** The op called `name`, or undefined. */
export function findOp(name: string): Op | undefined {
  return allOps().find((op) => op.name === name)
}

/** The names of every op (what `policy.permissions` in .github/oda.yml may name). */
export function opNames(): string[] {
  return allOps().map((op) => op.name)
}

let sources: RedactionSources | undefined

/** What every family asks the run engine to mask; faces hand it to `runOp`. */
export function redactionSources(): RedactionSources {
  sources ??= {
    patterns: families.flatMap((family) => family.redactionPatterns?.() ?? []),
    secretNames: (config) => [...new Set(families.flatMap((family) => family.secretNames?.(config) ?? []))].sort(),
  }
  return sources
}
