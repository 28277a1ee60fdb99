import { fork } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { verifyEvidence } from '../../../../src/engine/evidence/verify-evidence.ts'
import { tempRoot } from './temp-root.ts'

const WRITER = fileURLToPath(new URL('./fixtures/evidence-writer.ts', import.meta.url))

function runWriter(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(WRITER, args, { execArgv: [], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] })
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}: ${stderr}`))))
  })
}

describe('evidence packs written by several processes at once', () => {
  it('form one unbroken chain with no pack lost or overwritten', async () => {
    const root = tempRoot()
    await Promise.all(['0', '1', '2', '3'].map((w) => runWriter([root, w, '5'])))
    expect(await verifyEvidence(root)).toEqual({ packs: 20, problems: [] })
    const titles = readdirSync(root)
      .filter((n) => !n.startsWith('.'))
      .map((s) => JSON.parse(readFileSync(join(root, s, 'shared', 'evidence.json'), 'utf8')).title)
    expect(new Set(titles).size).toBe(20)
    expect(readdirSync(root).filter((n) => n.startsWith('.'))).toEqual([])
  })
})
