import { describe, expect, it } from 'vitest'
import { allRules } from '../../../src/secrets/all-rules.ts'
import { compileRules } from '../../../src/secrets/compile-rules.ts'
import { scanText } from '../../../src/secrets/scan-text.ts'
import type { SecretRule } from '../../../src/secrets/rule.ts'
import { defineRule } from '../../../src/secrets/define-rule.ts'
import { makeBase62Token } from '../../../src/secrets/checksums.ts'

/**
 * One line made of runs that push a backtracking regex towards quadratic time: the
 * keyword repeated, the keyword followed by long runs of characters the pattern accepts,
 * assignment glue repeated, digits-and-dots runs, and JWT-like starts. `n` is per run.
 */
function adversarial(rule: SecretRule, n: number): string {
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
  const runs = rule.keywords.slice(0, 2).flatMap((kw) => {
    // The keyword as the pattern spells it (`eyJ`, `AKIA`), so literal prefixes really match.
    const at = rule.regex.source.toLowerCase().indexOf(kw)
    const k = at >= 0 ? rule.regex.source.slice(at, at + kw.length) : kw
    return [
      fill(kw),
      fill(k),
      k + fill('aB3'),
      fill(`${k}=`),
      `${k} = "` + fill('aZ9+/_-.'),
      fill(`${k}-1234567890.`),
      fill(`${k}: eyJ `),
      fill(`${k}aB3`),
    ]
  })
  // Through a Buffer so the string is flat: timing a rope's first flattening would skew the ratio.
  return Buffer.from(runs.join(' ')).toString()
}

/** Milliseconds per scan, averaged over enough repetitions to take about 8 ms, so timer noise cannot dominate. */
function perScan(rule: SecretRule, text: string): number {
  const compiled = compileRules([rule])
  let reps = 0
  const t = performance.now()
  do {
    scanText({ path: 'deploy/run.sh', text }, compiled)
    reps++
  } while (performance.now() - t < 8 && reps < 10_000)
  return (performance.now() - t) / reps
}

// Growth is judged by ratio, not by absolute time: a 16 times larger input costs a linear
// scan about 16 times more, a quadratic one 256 times. The bound (64) leaves a factor of 4
// for machine noise either way; the two sizes are timed alternately, best of 3, so load
// from other processes hits both alike.
function growth(rule: SecretRule): { ratio: string; value: number } {
  const small = adversarial(rule, 1_500)
  const big = adversarial(rule, 24_000)
  let ts = Infinity
  let tb = Infinity
  for (let i = 0; i < 3; i++) {
    ts = Math.min(ts, perScan(rule, small))
    tb = Math.min(tb, perScan(rule, big))
  }
  return {
    value: tb / ts,
    ratio: `${rule.id}: ${ts.toFixed(3)} ms for ${small.length} chars, ${tb.toFixed(3)} ms for ${big.length}`,
  }
}

describe('every rule runs in linear time on adversarial input', () => {
  for (const rule of allRules()) {
    it(rule.id, () => {
      // A burst of load from another process can spoil one measurement; a quadratic rule fails all three.
      let g = growth(rule)
      for (let retry = 0; retry < 2 && g.value >= 64; retry++) {
        const again = growth(rule)
        if (again.value < g.value) g = again
      }
      expect(g.value, g.ratio).toBeLessThan(64)
    })
  }

  it('a long line full of findings costs linear time too (suppression checks run once per line)', () => {
    const compiled = compileRules(allRules())
    const line = (n: number): string =>
      Buffer.from(
        Array.from(
          { length: n },
          (_, i) =>
            `T${i}="${makeBase62Token(
              'ghp_',
              String(i)
                .padStart(30, 'k')
                .replace(/k/g, (_, j: number) => 'aZ3'[j % 3]!),
            )}"`,
        ).join(' '),
      ).toString()
    const perRun = (text: string): number => {
      let reps = 0
      const t = performance.now()
      do {
        scanText({ path: 'a.js', text }, compiled)
        reps++
      } while (performance.now() - t < 8)
      return (performance.now() - t) / reps
    }
    const small = line(250)
    const big = line(4000)
    let ratio = Infinity
    for (let attempt = 0; attempt < 3 && ratio >= 64; attempt++) {
      let ts = Infinity
      let tb = Infinity
      for (let i = 0; i < 3; i++) {
        ts = Math.min(ts, perRun(small))
        tb = Math.min(tb, perRun(big))
      }
      ratio = Math.min(ratio, tb / ts)
    }
    expect(ratio).toBeLessThan(64)
  })

  it('the measurement does catch a backtracking pattern (unbounded run before a required character)', () => {
    const bad = defineRule('quadratic', 'deliberately quadratic', ['eyj'], '(eyJ[\\w-]+\\.x)')
    const g = growth(bad)
    expect(g.value, g.ratio).toBeGreaterThan(64)
  })
})
