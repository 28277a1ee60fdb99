import { secretRedactionPatterns } from '../../secrets/redaction-patterns.ts'
import type { OpFamily } from '../../op/op-family.ts'
import { secretsScanOp } from '../secrets-scan/index.ts'

/** The secrets family: its ops in the order `oda ops` lists them. */
export const secretsFamily: OpFamily = {
  name: 'secrets',
  ops: [secretsScanOp],
  // What a scan would report is never printed by any run.
  redactionPatterns: secretRedactionPatterns,
}
