import type { Op } from '../../engine/define-op.ts'

/** Ops of the odoo family, in the order `oda ops` lists them. */
export const odooOps: Op[] = []
