// Benchmark of the manifest family on real OCA manifests found (or fetched) at bench time, side by
// side with CPython in the same run:
// 1. parser: manifests parsed per CPU-second, oda's parser vs CPython's ast.literal_eval on the same
//    sources in memory (target: >= 5x);
// 2. `oda manifest show` over the whole corpus: the built CLI (dist/cli.js) vs Python reading, parsing
//    and printing the same manifests as JSON, alternating runs, median wall and CPU time (target: oda
//    no slower); plus the op alone inside one process, to tell its cost from start-up and output;
// 3. `manifest.verify` wall time on a generated layout of 20 repos x 50 addons (target < 1 s).
// Corpus: ODA_BENCH_OCA=<git dir or checkout>[:<another>...] (git dirs: branches 16.0, 17.0, 18.0),
// else the OCA mirrors in /work/.mirror when present, else shallow clones of a few OCA repositories
// from GitHub, else only the committed corpus (test/fixtures/manifest/oca-manifests).
// Run: node bench/manifest.ts   (prints figures, then one JSON line)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultConfig } from '../src/config/schema.ts'
import { createOpContext } from '../src/engine/create-context.ts'
import { parsePythonLiteral } from '../src/odoo/manifest/parse-python-literal.ts'
import { manifestShowOp } from '../src/ops/manifest-show/index.ts'
import { manifestVerifyOp } from '../src/ops/manifest-verify/index.ts'

const ROOT = join(import.meta.dirname, '..')
const COMMITTED = join(ROOT, 'test/fixtures/manifest/oca-manifests')
const MIRRORS = '/work/.mirror'
const SERIES = ['16.0', '17.0', '18.0']
const FETCHED = ['web', 'server-tools', 'rest-framework', 'sale-workflow', 'account-financial-tools', 'queue']
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
const REPOS = 20
const ADDONS_PER_REPO = 50

/** Every `<addon>/__manifest__.py` at the top of a tree, from a checkout on disk. */
function fromCheckout(dir: string, label: string, out: Map<string, Buffer>): void {
  for (const addon of readdirSync(dir)) {
    const file = join(dir, addon, '__manifest__.py')
    if (existsSync(file)) out.set(`${label}/${addon}`, readFileSync(file))
  }
}

/** The top-level manifests of branches 16.0-18.0 of a git dir, read with one `git cat-file --batch`. */
function fromGitDir(gitDir: string, label: string, out: Map<string, Buffer>): void {
  for (const series of SERIES) {
    const list = spawnSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', series], { encoding: 'utf8' })
    if (list.status !== 0) continue
    const paths = list.stdout.split('\n').filter((p) => /^[^/]+\/__manifest__\.py$/.test(p))
    if (paths.length === 0) continue
    const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
      input: paths.map((p) => `${series}:${p}`).join('\n') + '\n',
      maxBuffer: 1 << 30,
    })
    let at = 0
    for (const p of paths) {
      const eol = batch.indexOf(0x0a, at)
      const size = Number(batch.subarray(at, eol).toString('latin1').split(' ')[2])
      out.set(`${label}@${series}/${p.split('/')[0]}`, batch.subarray(eol + 1, eol + 1 + size))
      at = eol + 1 + size + 1
    }
  }
}

/** Real manifests by `<repo>@<series>/<addon>`, and where they came from. */
function findCorpus(): { manifests: Map<string, Buffer>; source: string } {
  const out = new Map<string, Buffer>()
  const sources: string[] = []
  const given = (process.env['ODA_BENCH_OCA'] ?? '').split(':').filter(Boolean)
  const mirrors = existsSync(MIRRORS)
    ? readdirSync(MIRRORS)
        .filter((d) => d.startsWith('OCA+'))
        .map((d) => join(MIRRORS, d, 'repo'))
    : []
  for (const dir of given.length > 0 ? given : mirrors) {
    const label =
      dir
        .replace(/\/repo$/, '')
        .split('/')
        .pop() ?? dir
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) fromGitDir(dir, label, out)
    else fromCheckout(dir, label, out)
  }
  if (out.size > 0)
    sources.push(`${given.length > 0 ? 'ODA_BENCH_OCA' : MIRRORS} (${given.length || mirrors.length} repos)`)
  if (out.size === 0) {
    const clones = mkdtempSync(join(tmpdir(), 'oda-bench-oca-'))
    for (const repo of FETCHED)
      for (const series of SERIES) {
        const dir = join(clones, `${repo}@${series}`)
        const r = spawnSync(
          'git',
          ['clone', '-q', '--depth', '1', '--branch', series, `https://github.com/OCA/${repo}.git`, dir],
          { timeout: 120_000 },
        )
        if (r.status === 0) fromCheckout(dir, `OCA+${repo}@${series}`, out)
      }
    rmSync(clones, { recursive: true, force: true })
    if (out.size > 0) sources.push(`shallow clones of ${FETCHED.length} OCA repositories`)
  }
  for (const set of readdirSync(COMMITTED).filter((f) => f.includes('@') && !f.endsWith('.json')))
    fromCheckout(join(COMMITTED, set), `committed:${set}`, out)
  sources.push('test/fixtures/manifest/oca-manifests')
  return { manifests: out, source: sources.join(' + ') }
}

/** Writes the corpus as `<dir>/<repo>@<series>/<addon>/__manifest__.py`; returns the addon folders. */
function writeCorpus(manifests: Map<string, Buffer>, dir: string): string[] {
  const dirs: string[] = []
  for (const [key, bytes] of manifests) {
    const addonDir = join(dir, key.replace(/[^\w@./+-]/g, '_'))
    mkdirSync(addonDir, { recursive: true })
    writeFileSync(join(addonDir, '__manifest__.py'), bytes)
    dirs.push(addonDir)
  }
  return dirs
}

const PY_PARSE = `
import ast, json, sys, time
srcs = [open(p, encoding='utf-8').read() for p in open(sys.argv[1]).read().split('\\n') if p]
def run():
    for s in srcs:
        try: ast.literal_eval(s)
        except Exception: pass
run()
n = 0
t0 = time.process_time()
while time.process_time() - t0 < float(sys.argv[2]):
    run()
    n += len(srcs)
print(json.dumps({'perCpuSecond': n / (time.process_time() - t0)}))
`

const PY_SHOW = `
import ast, json, os, sys
out = []
for d in sys.argv[1:]:
    with open(os.path.join(d, '__manifest__.py'), encoding='utf-8') as f:
        out.append({'addon': os.path.basename(d), 'path': d, 'manifest': ast.literal_eval(f.read())})
def plain(v):
    if isinstance(v, (set, frozenset, tuple)): return list(v)
    if isinstance(v, bytes): return v.decode('latin1')
    return str(v)
sys.stdout.write(json.dumps(out, indent=2, default=plain))
`

function benchParser(files: string[]): { oda: number; python: number; ratio: number; bytes: number } {
  const sources = files.map((f) => readFileSync(f, 'utf8').replace(/\r\n?/g, '\n'))
  const parseAll = (): void => {
    for (const s of sources) {
      try {
        parsePythonLiteral(s)
      } catch {
        // The few manifests CPython refuses too.
      }
    }
  }
  parseAll()
  let parsed = 0
  const started = process.cpuUsage()
  const cpu = (): number => {
    const u = process.cpuUsage(started)
    return (u.user + u.system) / 1e6
  }
  while (cpu() < 3) {
    parseAll()
    parsed += sources.length
  }
  const oda = parsed / cpu()
  const list = join(tmpdir(), `oda-bench-list-${process.pid}.txt`)
  writeFileSync(list, files.join('\n'))
  const py = spawnSync(PYTHON, ['-c', PY_PARSE, list, '3'], { encoding: 'utf8' })
  rmSync(list)
  const python = (JSON.parse(py.stdout) as { perCpuSecond: number }).perCpuSecond
  return {
    oda: Math.round(oda),
    python: Math.round(python),
    ratio: Math.round((oda / python) * 10) / 10,
    bytes: sources.reduce((n, s) => n + Buffer.byteLength(s), 0),
  }
}

/** Wall and CPU (user + system, children included) of one command, through bash's `times`. */
function timed(cmd: string[], cwd: string): { wallMs: number; cpuMs: number } {
  const started = performance.now()
  const r = spawnSync('bash', ['-c', '"$@" > /dev/null; times', 'bench', ...cmd], { cwd, encoding: 'utf8' })
  const wallMs = performance.now() - started
  const children = r.stdout.trim().split('\n')[1] ?? ''
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (ms, m) => ms + (Number(m[1]) * 60 + Number(m[2])) * 1000,
    0,
  )
  if (r.status !== 0) throw new Error(`${cmd.slice(0, 3).join(' ')} failed: ${r.stderr}`)
  return { wallMs, cpuMs }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

interface ShowFigures {
  odaWallMs: number
  odaCpuMs: number
  pythonWallMs: number
  pythonCpuMs: number
  opCpuMs: number
}

async function benchShow(dirs: string[], cwd: string): Promise<ShowFigures> {
  const cli = join(ROOT, 'dist/cli.js')
  const oda = { wall: [] as number[], cpu: [] as number[] }
  const python = { wall: [] as number[], cpu: [] as number[] }
  for (let i = 0; i < 5; i++) {
    const a = timed([process.execPath, cli, 'manifest', 'show', ...dirs, '--format', 'json'], cwd)
    const b = timed([PYTHON, '-c', PY_SHOW, ...dirs], cwd)
    oda.wall.push(a.wallMs)
    oda.cpu.push(a.cpuMs)
    python.wall.push(b.wallMs)
    python.cpu.push(b.cpuMs)
  }
  // The op alone in a warm process: parse, convert, summary and JSON output, no start-up.
  const ctx = createOpContext({ cwd })
  const opCpu: number[] = []
  for (let i = 0; i < 6; i++) {
    const started = process.cpuUsage()
    const report = await manifestShowOp.run(ctx, manifestShowOp.input.parse({ addons: dirs }))
    manifestShowOp.formats?.['json']?.(report)
    const u = process.cpuUsage(started)
    opCpu.push((u.user + u.system) / 1000)
  }
  opCpu.shift()
  return {
    odaWallMs: Math.round(median(oda.wall)),
    odaCpuMs: Math.round(median(oda.cpu)),
    pythonWallMs: Math.round(median(python.wall)),
    pythonCpuMs: Math.round(median(python.cpu)),
    opCpuMs: Math.round(median(opCpu)),
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
    return {
      addons: REPOS * ADDONS_PER_REPO,
      findings,
      medianMs: Math.round(median(times)),
      maxMs: Math.round(Math.max(...times)),
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

const corpus = findCorpus()
const work = mkdtempSync(join(tmpdir(), 'oda-bench-corpus-'))
try {
  const dirs = writeCorpus(corpus.manifests, work)
  const files = dirs.map((d) => join(d, '__manifest__.py'))
  console.log(`corpus: ${dirs.length} real manifests from ${corpus.source}`)
  const parser = benchParser(files)
  console.log(
    `parser: oda ${parser.oda.toLocaleString('en')} manifests per CPU-second, CPython ast.literal_eval ${parser.python.toLocaleString('en')}: ${parser.ratio}x (target >= 5x)`,
  )
  const relative = dirs.map((d) => d.slice(work.length + 1))
  const show = await benchShow(relative, work)
  console.log(
    `manifest show, ${dirs.length} manifests: oda ${show.odaWallMs} ms wall (${show.odaCpuMs} ms CPU), Python read + literal_eval + json.dumps ${show.pythonWallMs} ms wall (${show.pythonCpuMs} ms CPU): ${(show.odaWallMs / show.pythonWallMs).toFixed(2)}x the baseline's time (target <= 1); the op itself ${show.opCpuMs} ms CPU in a warm process`,
  )
  const verify = await benchVerify()
  console.log(
    `manifest.verify: ${verify.medianMs} ms median (max ${verify.maxMs} ms) for ${verify.addons} addons in ${REPOS} repos, ${verify.findings} findings; target < 1000 ms`,
  )
  console.log(
    JSON.stringify({
      bench: 'manifest',
      corpus: { manifests: dirs.length, bytes: parser.bytes, source: corpus.source },
      parser,
      show,
      verify,
      pass: parser.ratio >= 5 && show.odaWallMs <= show.pythonWallMs && verify.medianMs < 1000 && verify.findings === 0,
    }),
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
