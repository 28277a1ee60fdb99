import type { Op } from '../../engine/define-op.ts'

/** Ops of the speckit family, in the order `oda ops` lists them. */
export const specKitOps: Op[] = []
