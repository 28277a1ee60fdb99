import type { Op } from '../../engine/define-op.ts'

/** Ops of the manifest family, in the order `oda ops` lists them. */
export const manifestOps: Op[] = []
