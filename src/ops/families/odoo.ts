import type { Op } from '../../engine/define-op.ts'
import { odooTestOp } from '../odoo-test/index.ts'
import { odooParseLogOp } from '../odoo-parse-log/index.ts'
import { odooStackCheckOp } from '../odoo-stack-check/index.ts'

/** Ops of the odoo family, in the order `oda ops` lists them. */
export const odooOps: Op[] = [odooTestOp, odooParseLogOp, odooStackCheckOp]
