import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../src/exec/run-command.ts'
import { seedRepo, type SeededRepo } from '../../../src/sim/seed-repo.ts'
import { readActionOutputs, runnerEnv as makeRunnerEnv } from '../../helpers/actions-runner.ts'
import { runDistAsync } from '../../helpers/run-dist.ts'
import { startSimulator, type Simulator } from '../../../src/sim/start-simulator.ts'

// actions/odoo-ci runs `node dist/cli.js action odoo.test` with the inputs as INPUT_* and
// uploads $RUNNER_TEMP/oda/odoo.test/. Here the "odoo" command is a stand-in replaying the log
// Odoo printed for the scenario's head, with Odoo's exit code.
const ROOT = join(import.meta.dirname, '..', '..', '..')
const FAKE_ODOO = join(ROOT, 'test/fixtures/odoo/bin/fake-odoo.mjs')
const LOG = join(ROOT, 'test/fixtures/odoo/scenario-logs/pr-odoo-ci-failure.log')
const BRANCH = 'pr-odoo-ci-failure'
const FAILING_TEST = 'addons/ipai_delivery_slot/tests/test_delivery_slot.py'

let repo: SeededRepo
let sim: Simulator
const temp = mkdtempSync(join(tmpdir(), 'oda-odoo-ci-action-'))
beforeAll(async () => {
  repo = await seedRepo({ only: [BRANCH] })
  await runCommand({ file: 'git', args: ['checkout', '-q', BRANCH], cwd: repo.gitDir })
  // Odoo CI runs the PR's code, so it needs an author with write: GitHub is asked, as on a runner.
  sim = await startSimulator({ repos: [{ owner: 'acme', repo: 'odoo-shop', gitDir: repo.gitDir }] })
  sim.setPermission({ owner: 'acme', repo: 'odoo-shop', user: 'octocat', permission: 'write' })
})
afterAll(async () => {
  await sim?.close()
  await repo.cleanup()
  rmSync(temp, { recursive: true, force: true })
})

function runnerEnv(name: string, inputs: Record<string, string>): Record<string, string> {
  return {
    ...makeRunnerEnv({ tempRoot: temp, workspace: repo.gitDir, name, inputs, runId: '7' }),
    GITHUB_API_URL: sim.url,
    INPUT_GITHUB_TOKEN: sim.issueToken(),
  }
}

const outputs = readActionOutputs

/** The inputs a workflow gives the action: the PR's changed file and the custom command, one item per line. */
function odooCiInputs(argvLog: string, more: Record<string, string> = {}): Record<string, string> {
  return {
    dir: '.',
    'changed-files': 'addons/ipai_delivery_slot/models/delivery_slot.py',
    command: [process.execPath, FAKE_ODOO, '--replay', LOG, '--argv-log', argvLog].join('\n'),
    // The stand-in creates no database, so there is none to drop.
    'keep-database': 'true',
    evidence: 'true',
    ...more,
  }
}

/** JUnit XML read by Python's ElementTree, an independent parser. */
function junit(path: string): { tests: number; failing: { classname: string; name: string; message: string }[] } {
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'cases = list(ET.parse(sys.argv[1]).getroot().iter("testcase"))',
    'failing = [dict(classname=c.get("classname"), name=c.get("name"), message=c.find("failure").get("message") or "") for c in cases if c.find("failure") is not None]',
    'print(json.dumps(dict(tests=len(cases), failing=failing)))',
  ].join('\n')
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as ReturnType<typeof junit>
}

describe('actions/odoo-ci (dist/cli.js action odoo.test)', () => {
  it('fails the step on the failing Odoo test: annotation on the test file, outputs, JUnit and raw log in the uploaded folder', async () => {
    const argvLog = join(temp, 'argv-failure.log')
    const env = runnerEnv('failure', odooCiInputs(argvLog))
    const r = await runDistAsync(['action', 'odoo.test'], { cwd: repo.gitDir, env })
    expect(r.code, r.stderr).toBe(1)

    // The traceback's /mnt/extra-addons path is annotated on the repository's file and line.
    expect(r.stdout).toMatch(
      new RegExp(`^::error file=${FAILING_TEST.replace(/\./g, '\\.')},line=9[,:].*test_slot_is_full_at_capacity`, 'm'),
    )
    expect(r.stdout).toContain('::error::oda / odoo-ci')

    const out = outputs(env['GITHUB_OUTPUT']!)
    expect(out['conclusion']).toBe('failure')
    const outDir = join(env['RUNNER_TEMP']!, 'oda', 'odoo.test')
    expect(out['output-dir']).toBe(outDir)
    const report = JSON.parse(readFileSync(out['report-path']!, 'utf8')) as {
      conclusion: string
      findings: { path?: string; line?: number }[]
    }
    expect(report.conclusion).toBe('failure')
    expect(Number(out['findings'])).toBe(report.findings.length)
    expect(report.findings).toContainEqual(expect.objectContaining({ path: FAILING_TEST, line: 9 }))

    // What the composite uploads: the JUnit report, the raw log and the op's JUnit artifact.
    const parsed = junit(join(outDir, 'report.junit.xml'))
    expect(parsed.tests).toBe(2)
    expect(parsed.failing).toHaveLength(1)
    expect(parsed.failing[0]!.name).toBe('test_slot_is_full_at_capacity')
    expect(parsed.failing[0]!.classname).toMatch(/ipai_delivery_slot/)
    expect(readdirSync(join(outDir, 'artifacts')).sort()).toEqual([
      'odoo-junit.xml',
      'odoo-test.log',
      'odoo-tests.jsonl',
    ])
    const rawLog = readFileSync(join(outDir, 'artifacts', 'odoo-test.log'), 'utf8')
    expect(rawLog).toContain('FAIL: TestDeliverySlot.test_slot_is_full_at_capacity')
    expect(rawLog).toContain('1 failed, 0 error(s) of 2 tests')
    expect(existsSync(out['evidence-path']!)).toBe(true)

    const summary = readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8')
    expect(summary).toContain('oda / odoo-ci: failure')
    expect(summary).toMatch(/\| `ipai_delivery_slot` \| 1 \| 0 \| 1 \| 0 \| 0 \|/)
    expect(summary).toMatch(/\| `ipai_shop_ops` \| 1 \| 1 \| 0 \| 0 \| 0 \|/)

    // The affected module and its dependent, after their dependencies were installed without tests.
    const calls = readFileSync(argvLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as string[])
    expect(calls.map((c) => c.includes('--test-enable'))).toEqual([false, true])
    expect(calls[1]![calls[1]!.indexOf('-i') + 1]!.split(',').sort()).toEqual(['ipai_delivery_slot', 'ipai_shop_ops'])
  })

  it('plans without starting Odoo on dry-run', async () => {
    const argvLog = join(temp, 'argv-dry.log')
    const env = runnerEnv('dry', odooCiInputs(argvLog, { 'dry-run': 'true' }))
    const r = await runDistAsync(['action', 'odoo.test'], { cwd: repo.gitDir, env })
    expect(r.code, r.stderr).toBe(0)
    expect(existsSync(argvLog)).toBe(false)
    expect(readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8')).toContain(FAKE_ODOO)
  })

  it('fails with a clear message when the command cannot be started', async () => {
    const env = runnerEnv('missing', {
      ...odooCiInputs(join(temp, 'argv-missing.log')),
      command: join(temp, 'no-such-odoo'),
    })
    const r = await runDistAsync(['action', 'odoo.test'], { cwd: repo.gitDir, env })
    expect(r.code).toBe(1)
    expect(outputs(env['GITHUB_OUTPUT']!)['conclusion']).toBe('failure')
    expect(`${r.stdout}\n${readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8')}`).toContain('no-such-odoo')
  })

  it('rejects a bad input value with exit 2 and names the input', async () => {
    const env = runnerEnv('bad', odooCiInputs(join(temp, 'argv-bad.log'), { modules: 'sale; rm -rf /' }))
    const r = await runDistAsync(['action', 'odoo.test'], { cwd: repo.gitDir, env })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/modules/)
  })
})
