import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { commandSpecs } from '../../../src/commands/command-specs.ts'
import { renderCommandsTable, updateCommandsDoc } from '../../../src/commands/render-commands-table.ts'
import { allOps } from '../../../src/ops/registry.ts'

describe('renderCommandsTable', () => {
  it('keeps docs/commands.md in step with the command specs', () => {
    const doc = readFileSync(new URL('../../../docs/commands.md', import.meta.url), 'utf8')
    expect(updateCommandsDoc(doc, renderCommandsTable(commandSpecs(allOps())))).toBe(doc)
  })

  it('refuses a document without the markers', () => {
    expect(() => updateCommandsDoc('# nothing here', 'x')).toThrow(/markers/)
  })
})
