import type { OpFamily } from '../../op/op-family.ts'
import { odooTestOp } from '../odoo-test/index.ts'
import { odooParseLogOp } from '../odoo-parse-log/index.ts'
import { odooStackCheckOp } from '../odoo-stack-check/index.ts'

/** The odoo family: its ops in the order `oda ops` lists them. */
export const odooFamily: OpFamily = {
  name: 'odoo',
  ops: [odooTestOp, odooParseLogOp, odooStackCheckOp],
}
