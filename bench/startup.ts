// Start-up cost of the bundled CLI (what every Action step and `npx oda` pays before any work):
// CPU time and peak RSS of `oda --help`, `oda ops` and `oda manifest show` on one manifest, side
// by side with `node -e 0` in the same run. Each child reports its own figures on exit (an
// --import hook), so the machine's other load does not count; the median of N runs is printed.
// Usage: node bench/startup.ts [runs]   (target: `oda --help` < 150 ms CPU)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const runs = Number(process.argv[2] ?? 15)
const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const hook = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const c = process.cpuUsage(); process.stderr.write('\\n@@' + JSON.stringify({ cpu: (c.user + c.system) / 1000, rss: process.resourceUsage().maxRSS / 1024 }) + '\\n') })",
)}`
const work = mkdtempSync(join(tmpdir(), 'oda-bench-startup-'))
mkdirSync(join(work, 'sale_extra'))
writeFileSync(
  join(work, 'sale_extra', '__manifest__.py'),
  "{'name': 'Sale extra', 'version': '17.0.1.0.0', 'depends': ['sale'], 'license': 'AGPL-3'}\n",
)

const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['oda --help', [cli, '--help']],
  ['oda ops', [cli, 'ops']],
  ['oda manifest show (1 manifest)', [cli, 'manifest', 'show', 'sale_extra', '--format', 'json']],
]
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
try {
  for (const [name, args] of cases) {
    const cpu: number[] = []
    const rss: number[] = []
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, ['--import', hook, ...args], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, ODA_DATA_DIR: join(work, 'data') },
      })
      const line = r.stderr.split('\n').find((l) => l.startsWith('@@'))
      if (r.status !== 0 || !line) throw new Error(`${name} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`)
      const m = JSON.parse(line.slice(2)) as { cpu: number; rss: number }
      cpu.push(m.cpu)
      rss.push(m.rss)
    }
    console.log(
      `${name.padEnd(32)} median ${median(cpu).toFixed(0)} ms CPU, peak RSS ${median(rss).toFixed(0)} MiB (${runs} runs)`,
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
