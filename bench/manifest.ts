// Benchmark of the manifest family: parser throughput on the real OCA corpus, and
// manifest.verify wall time on a generated layout of 20 repos x 50 addons.
// Run: node bench/manifest.ts   (prints figures, then one JSON line)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultConfig } from '../src/config/schema.ts'
import { createOpContext } from '../src/engine/create-context.ts'
import { parsePythonLiteral } from '../src/odoo/manifest/parse-python-literal.ts'
import { manifestVerifyOp } from '../src/ops/manifest-verify/index.ts'

const CORPUS = join(import.meta.dirname, '../test/fixtures/manifest/oca-manifests')
const REPOS = 20
const ADDONS_PER_REPO = 50

function corpus(): string[] {
  const out: string[] = []
  for (const set of readdirSync(CORPUS).filter((f) => f.includes('@') && !f.endsWith('.json'))) {
    for (const addon of readdirSync(join(CORPUS, set)))
      out.push(readFileSync(join(CORPUS, set, addon, '__manifest__.py'), 'utf8'))
  }
  return out
}

function benchParser(): { manifests: number; perSecond: number; mbPerSecond: number } {
  const sources = corpus()
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s), 0)
  for (const s of sources) parsePythonLiteral(s) // warm-up
  let parsed = 0
  let rounds = 0
  const started = performance.now()
  while (performance.now() - started < 2000) {
    for (const s of sources) parsePythonLiteral(s)
    parsed += sources.length
    rounds++
  }
  const seconds = (performance.now() - started) / 1000
  return {
    manifests: sources.length,
    perSecond: Math.round(parsed / seconds),
    mbPerSecond: Math.round(((bytes * rounds) / seconds / 1e6) * 10) / 10,
  }
}

/** 20 OCA-style repos of 50 addons; each addon depends on core addons and on earlier addons of its repo and of the previous repo. */
function generateLayout(): string {
  const root = mkdtempSync(join(tmpdir(), 'oda-bench-manifest-'))
  const repos = []
  for (let r = 0; r < REPOS; r++) {
    const modules = []
    for (let a = 0; a < ADDONS_PER_REPO; a++) {
      const name = `r${r}_addon_${a}`
      const depends = [
        'base',
        'mail',
        ...(a > 0 ? [`r${r}_addon_${a - 1}`] : []),
        ...(r > 0 ? [`r${r - 1}_addon_${a}`] : []),
      ]
      const dir = join(root, 'vendor/oca', `repo-${r}`, name)
      mkdirSync(join(dir, 'views'), { recursive: true })
      writeFileSync(join(dir, '__init__.py'), '')
      writeFileSync(join(dir, 'views', 'views.xml'), '<odoo/>\n')
      writeFileSync(
        join(dir, '__manifest__.py'),
        `# Copyright 2026\n{\n    "name": "Addon ${r}/${a}",\n    "summary": "Generated addon for the benchmark",\n    "version": "17.0.1.0.${a}",\n    "author": "Bench, Odoo Community Association (OCA)",\n    "license": "AGPL-3",\n    "website": "https://github.com/OCA/repo-${r}",\n    "depends": ${JSON.stringify(depends)},\n    "data": ["views/views.xml"],\n    "installable": True,\n}\n`,
      )
      modules.push(name)
    }
    repos.push({ name: `OCA/repo-${r}`, url: `https://github.com/OCA/repo-${r}.git`, branch: '17.0', modules })
  }
  mkdirSync(join(root, 'config'))
  writeFileSync(join(root, 'config/addons_manifest.oca_ipai.json'), JSON.stringify({ series: '17.0', repos }, null, 2))
  writeFileSync(
    join(root, 'addons.manifest.json'),
    JSON.stringify({ mounts: repos.map((r) => ({ path: `vendor/oca/${r.name.slice(4)}`, repo: r.name })) }, null, 2),
  )
  return root
}

async function benchVerify(): Promise<{ addons: number; findings: number; medianMs: number; maxMs: number }> {
  const root = generateLayout()
  try {
    const times: number[] = []
    let findings = 0
    for (let i = 0; i < 6; i++) {
      const started = performance.now()
      const report = await manifestVerifyOp.run(
        createOpContext({ cwd: root, config: defaultConfig() }),
        manifestVerifyOp.input.parse({}),
      )
      times.push(performance.now() - started)
      findings = report.findings.length
    }
    times.shift() // the first run pays for module loading and a cold file cache
    times.sort((a, b) => a - b)
    return {
      addons: REPOS * ADDONS_PER_REPO,
      findings,
      medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
      maxMs: Math.round(times[times.length - 1] ?? 0),
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

const parser = benchParser()
console.log(
  `parser: ${parser.perSecond.toLocaleString('en')} manifests/s (${parser.mbPerSecond} MB/s) over the ${parser.manifests} OCA corpus manifests`,
)
const verify = await benchVerify()
console.log(
  `manifest.verify: ${verify.medianMs} ms median (max ${verify.maxMs} ms) for ${verify.addons} addons in ${REPOS} repos, ${verify.findings} findings; target < 1000 ms`,
)
console.log(
  JSON.stringify({
    bench: 'manifest',
    parser,
    verify,
    targetMs: 1000,
    pass: verify.medianMs < 1000 && verify.findings === 0,
  }),
)
