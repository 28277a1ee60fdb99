import type { Op } from '../../engine/define-op.ts'
import { specKitValidateOp } from '../spec-kit-validate/index.ts'
import { specKitReportOp } from '../spec-kit-report/index.ts'

/** Ops of the speckit family, in the order `oda ops` lists them. */
export const specKitOps: Op[] = [specKitValidateOp, specKitReportOp]
