import type { OpFamily } from '../../op/op-family.ts'
import { specKitValidateOp } from '../spec-kit-validate/index.ts'
import { specKitReportOp } from '../spec-kit-report/index.ts'

/** The speckit family: its ops in the order `oda ops` lists them. */
export const specKitFamily: OpFamily = {
  name: 'speckit',
  ops: [specKitValidateOp, specKitReportOp],
}
