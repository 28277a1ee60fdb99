import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { renderActionFiles } from '../../src/action/render-action-yml.ts'
import { inputEnvName } from '../../src/action/action-io.ts'
import { schemaFields } from '../../src/face/schema-fields.ts'
import { allOps } from '../../src/ops/registry.ts'

const root = join(import.meta.dirname, '..', '..')

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
}

describe('actions contract', () => {
  it('every action.yml is what its op schema generates (run npm run gen)', () => {
    for (const [path, text] of renderActionFiles(allOps())) {
      expect(existsSync(join(root, path)), `${path} is missing`).toBe(true)
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale`).toBe(text)
    }
  })

  it('declares exactly the op inputs (kebab-case, defaults, required) plus github-token and evidence', () => {
    for (const op of allOps().filter((o) => o.action)) {
      const doc = parse(readFileSync(join(root, 'actions', op.action!, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { required: boolean; default?: string }>
        runs: { steps: { id?: string; env?: Record<string, string> }[] }
      }
      const fields = schemaFields(op.input)
      expect(Object.keys(doc.inputs).sort()).toEqual([...fields.map((f) => f.flag), 'github-token', 'evidence'].sort())
      for (const f of fields) {
        expect(doc.inputs[f.flag]!.required).toBe(f.required)
        expect(doc.runs.steps.find((s) => s.id === 'run')!.env![inputEnvName(f.flag)]).toBe(`\${{ inputs.${f.flag} }}`)
      }
    }
  })

  it('reads and writes the Actions host only in src/action/action-io.ts', () => {
    const offenders = walk(join(root, 'src'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('action-io.ts'))
      .filter((f) => /@actions\/core|getInput\(|setOutput\(/.test(readFileSync(f, 'utf8')))
    expect(offenders.map((f) => relative(root, f))).toEqual([])
  })
})

describe('workflow and docs security', () => {
  const yamlFiles = [...walk(join(root, '.github')), ...walk(join(root, 'actions')), join(root, 'action.yml')].filter(
    (f) => /\.ya?ml$/.test(f),
  )
  const docs = [join(root, 'README.md'), ...(existsSync(join(root, 'docs')) ? walk(join(root, 'docs')) : [])].filter(
    (f) => f.endsWith('.md') && existsSync(f),
  )

  it('never splices event data into a run: script', () => {
    for (const f of [...yamlFiles, ...docs]) {
      const text = readFileSync(f, 'utf8')
      const runBlocks = text.match(/run:\s*[|>]?[^\n]*(\n\s{2,}[^\n]*)*/g) ?? []
      for (const block of runBlocks)
        expect(block, `${relative(root, f)} puts github.event data in run:`).not.toMatch(/\$\{\{\s*github\.event\./)
    }
  })

  it('pins third-party actions to a commit and keeps checkout credentials off', () => {
    for (const f of yamlFiles) {
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/uses:\s*([^\s#]+)/g)) {
        const ref = m[1]!
        if (ref.startsWith('./')) continue
        expect(ref, `${relative(root, f)}: ${ref} is not pinned to a SHA`).toMatch(/@[0-9a-f]{40}$/)
      }
      for (const m of text.matchAll(/uses:\s*actions\/checkout@[^\n]*\n((?:\s+[^\n]*\n?){0,6})/g))
        expect(m[1], `${relative(root, f)}: checkout without persist-credentials: false`).toMatch(
          /persist-credentials:\s*false/,
        )
    }
  })

  it('uses actions/checkout, setup-node and upload-artifact only at their Node 24 releases', () => {
    // GitHub removes Node 20 from its runners in 2026: each commit below declares `using: node24`.
    const node24: Record<string, string> = {
      'actions/checkout': '3d3c42e5aac5ba805825da76410c181273ba90b1', // v7.0.1
      'actions/setup-node': '820762786026740c76f36085b0efc47a31fe5020', // v7.0.0
      'actions/upload-artifact': 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', // v7.0.0
    }
    let seen = 0
    for (const f of [...yamlFiles, ...docs]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/uses:\s*(actions\/[a-z-]+)@([^\s#]+)/g)) {
        if (!(m[1]! in node24)) continue
        seen++
        expect(m[2], `${relative(root, f)}: ${m[1]}@${m[2]}`).toBe(node24[m[1]!])
      }
    }
    expect(seen).toBeGreaterThan(10)
  })

  it('sets up Node 24 itself when the job has an older node or none, and only then', () => {
    const doc = parse(readFileSync(join(root, 'actions', 'secret-scan', 'action.yml'), 'utf8')) as {
      runs: { steps: { id?: string; if?: string; uses?: string; run?: string }[] }
    }
    const check = doc.runs.steps.find((s) => s.id === 'node')!
    const setup = doc.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!
    expect(setup.if).toBe("steps.node.outputs.setup == 'true'")
    expect(doc.runs.steps.indexOf(setup)).toBeLessThan(doc.runs.steps.findIndex((s) => s.id === 'run'))
    const dir = mkdtempSync(join(tmpdir(), 'oda-node-check-'))
    try {
      const outputFor = (path: string): string => {
        const out = join(dir, 'out')
        writeFileSync(out, '')
        const r = spawnSync('/bin/bash', ['-c', check.run!], { env: { PATH: path, GITHUB_OUTPUT: out } })
        expect(r.status).toBe(0)
        return readFileSync(out, 'utf8').trim()
      }
      const old = join(dir, 'old')
      mkdirSync(old)
      writeFileSync(join(old, 'node'), '#!/bin/sh\nexit 1\n', { mode: 0o755 })
      expect(outputFor(old)).toBe('setup=true')
      expect(outputFor(join(dir, 'none'))).toBe('setup=true')
      expect(outputFor(dirname(process.execPath))).toBe('setup=false')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
