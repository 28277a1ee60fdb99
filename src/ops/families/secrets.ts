import type { Op } from '../../engine/define-op.ts'
import { secretsScanOp } from '../secrets-scan/index.ts'

/** Ops of the secrets family, in the order `oda ops` lists them. */
export const secretsOps: Op[] = [secretsScanOp]
