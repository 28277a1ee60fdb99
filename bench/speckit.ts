// Spec kit validation throughput: how many files (and MB) per second spec-kit.validate's
// domain gets through, on a generated large tasks.md and on a typical small kit.
// Run: node bench/speckit.ts   (about 30 s; prints figures, then one JSON line)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspectRepo } from '../src/speckit/inspect-repo.ts'

const SECONDS_PER_CASE = 6
const options = { maxClarifications: 3, maxFileBytes: 20_000_000 }

function largeTasks(tasks: number): string {
  const out = [
    '# Tasks',
    '',
    '## Status legend',
    '',
    '- `[x]` done',
    '- `[~]` in progress',
    '- `[ ]` todo',
    '- `[!]` blocked',
    '',
  ]
  const phases = 20
  for (let p = 1; p <= phases; p++) {
    out.push(`## Phase ${p}: Work package ${p}`, '')
    for (let i = 1; i <= tasks / phases; i++) {
      const n = (p - 1) * (tasks / phases) + i
      const box = ['[x]', '[~]', '[ ]', '[!]'][n % 4]
      const dep = n > 1 ? ` (depends on T${String(n - 1).padStart(5, '0')})` : ''
      out.push(
        `- ${box} T${String(n).padStart(5, '0')} [P] [US${(n % 5) + 1}] Implement part ${n} of the addon in \`addons/ipai_part_${n}/models/part.py\`${dep}`,
      )
    }
    out.push('')
  }
  out.push('## Progress', '', `- **Total Tasks**: ${tasks}`)
  return out.join('\n') + '\n'
}

function kit(root: string, tasksText: string): void {
  mkdirSync(join(root, 'spec/bench'), { recursive: true })
  writeFileSync(
    join(root, 'spec/bench/constitution.md'),
    '# C\n\n## Principles\n\nBe kind.\n\n**Version**: 1.0.0 | **Ratified**: 2026-01-05 | **Last Amended**: 2026-02-01\n',
  )
  const stories = [1, 2, 3, 4, 5].map((n) => `### User Story ${n} - Story ${n} (Priority: P${n})\n\nText.\n`).join('\n')
  writeFileSync(
    join(root, 'spec/bench/prd.md'),
    `# PRD\n\n${stories}\n## Requirements\n\n- **FR-001**: It MUST work.\n`,
  )
  writeFileSync(join(root, 'spec/bench/plan.md'), '# Plan\n\n## Approach\n\nOdoo 18.\n')
  writeFileSync(join(root, 'spec/bench/tasks.md'), tasksText)
}

/** Validates the kit (4 files) repeatedly for SECONDS_PER_CASE, at least once. */
function measure(name: string, root: string, tasks: number, bytes: number) {
  let runs = 0
  let findings: number
  const start = performance.now()
  do {
    findings = inspectRepo({ root, paths: [], options }).findings.length
    runs++
  } while (performance.now() - start < SECONDS_PER_CASE * 1000)
  const s = (performance.now() - start) / 1000
  const round = (x: number) => Math.round(x * 100) / 100
  const r = {
    name,
    runs,
    msPerKit: round((s * 1000) / runs),
    tasksFilesPerS: round(runs / s),
    kitFilesPerS: round((runs * 4) / s),
    tasksPerS: Math.round((runs * tasks) / s),
    mbPerS: round((runs * bytes) / s / 1e6),
    findings,
  }
  console.log(
    `${name}: ${r.msPerKit} ms per kit, ${r.tasksFilesPerS} tasks.md files/s (${r.kitFilesPerS} kit files/s), ${r.tasksPerS} tasks/s, ${r.mbPerS} MB/s, ${findings} findings`,
  )
  return r
}

const results = []
const base = mkdtempSync(join(tmpdir(), 'oda-bench-speckit-'))
try {
  for (const tasks of [1_000, 5_000]) {
    const root = join(base, `large-${tasks}`)
    const text = largeTasks(tasks)
    kit(root, text)
    console.log(`generated tasks.md: ${tasks} tasks, ${(text.length / 1e6).toFixed(2)} MB`)
    results.push(measure(`kit with ${tasks}-task tasks.md`, root, tasks, text.length))
  }
  const small = join(base, 'small')
  const smallTasks = largeTasks(40)
  kit(small, smallTasks)
  results.push(measure('typical kit (40 tasks)', small, 40, smallTasks.length))
} finally {
  rmSync(base, { recursive: true, force: true })
}
const mem = process.memoryUsage()
console.log(
  `RSS at the end: ${Math.round(mem.rss / 1e6)} MB; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} (figures scale with free CPU)`,
)
console.log(JSON.stringify({ bench: 'speckit', node: process.version, results, rssMb: Math.round(mem.rss / 1e6) }))
