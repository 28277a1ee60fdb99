import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { renderActionFiles } from '../../src/action/render-action-yml.ts'
import { inputEnvName } from '../../src/action/action-io.ts'
import { schemaFields } from '../../src/cli/schema-fields.ts'
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
        runs: { steps: { env?: Record<string, string> }[] }
      }
      const fields = schemaFields(op.input)
      expect(Object.keys(doc.inputs).sort()).toEqual([...fields.map((f) => f.flag), 'github-token', 'evidence'].sort())
      for (const f of fields) {
        expect(doc.inputs[f.flag]!.required).toBe(f.required)
        expect(doc.runs.steps[0]!.env![inputEnvName(f.flag)]).toBe(`\${{ inputs.${f.flag} }}`)
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
})
