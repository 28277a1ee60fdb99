import type { Op } from '../engine/define-op.ts'
import { coreOps } from './families/core.ts'
import { specKitOps } from './families/speckit.ts'
import { manifestOps } from './families/manifest.ts'
import { secretsOps } from './families/secrets.ts'
import { odooOps } from './families/odoo.ts'
import { deployOps } from './families/deploy.ts'

/** Every op oda knows, in listing order. Faces look ops up here and nowhere else. */
export function allOps(): readonly Op[] {
  return [...coreOps, ...specKitOps, ...manifestOps, ...secretsOps, ...odooOps, ...deployOps]
}

/** The op called `name`, or undefined. */
export function findOp(name: string): Op | undefined {
  return allOps().find((op) => op.name === name)
}

/** The names of every op (what `policy.permissions` in .github/oda.yml may name). */
export function opNames(): string[] {
  return allOps().map((op) => op.name)
}
