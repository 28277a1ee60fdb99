import type { OdooTest } from '../log/odoo-log-types.ts'
import type { SkipReason } from './odoo-ci-data.ts'

const MAX_REASONS = 30
const MAX_REASON_CHARS = 300
const MAX_EXAMPLES = 3
const MAX_MODULES = 10
const OTHER = 'other reasons'

/**
 * Counts skipped tests by reason (`websocket-client module is not installed`, `Chrome executable
 * not found`), so a summary can say why tests did not run without keeping every skipped test.
 * At most 30 distinct reasons are kept; later ones are counted together as "other reasons".
 */
export class SkipTally {
  readonly #reasons = new Map<string, SkipReason>()

  add(test: OdooTest): void {
    let reason = (test.message ?? '').split('\n')[0]!.trim() || 'no reason given'
    if (reason.length > MAX_REASON_CHARS) reason = `${reason.slice(0, MAX_REASON_CHARS)}…`
    if (!this.#reasons.has(reason) && this.#reasons.size >= MAX_REASONS) reason = OTHER
    let entry = this.#reasons.get(reason)
    if (!entry) this.#reasons.set(reason, (entry = { reason, count: 0, modules: [], examples: [] }))
    entry.count++
    if (!entry.modules.includes(test.module) && entry.modules.length < MAX_MODULES) entry.modules.push(test.module)
    if (entry.examples.length < MAX_EXAMPLES)
      entry.examples.push(test.className ? `${test.className}.${test.method}` : test.method)
  }

  /** An independent copy (the sink keeps one per mark). */
  clone(): SkipTally {
    const copy = new SkipTally()
    for (const [reason, r] of this.#reasons)
      copy.#reasons.set(reason, { ...r, modules: [...r.modules], examples: [...r.examples] })
    return copy
  }

  /** The reasons, most frequent first. */
  reasons(): SkipReason[] {
    return [...this.#reasons.values()].sort((a, b) => b.count - a.count)
  }
}
