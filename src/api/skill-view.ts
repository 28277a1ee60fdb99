import type { Op } from '../op/define-op.ts'
import { remoteInputSchema } from '../serve/remote-input.ts'

/** An op as `GET /skills` shows it: input JSON Schema, guards and whether it changes anything. */
export function skillView(op: Op): Record<string, unknown> {
  return {
    name: op.name,
    summary: op.summary,
    description: op.description,
    changes: op.sideEffects === true,
    guard: {
      permission: op.guard?.permission ?? 'read',
      timeoutS: op.guard?.timeoutS,
      cooldownS: op.guard?.cooldownS,
      ratePerHour: op.guard?.ratePerHour,
      environment: op.guard?.environment !== undefined,
    },
    inputSchema: remoteInputSchema(op),
  }
}
