import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { allOps } from '../../src/ops/registry.ts'
import { seedRepo } from '../../src/sim/seed-repo.ts'
import { checkRunsFor, expectValidRequests, startBed, type Bed } from '../integration/app/harness.ts'

// The App runs `oda / odoo-ci` for a PR of the example shop whose default branch enables it in
// custom mode: the "odoo" command is a stand-in that replays the log Odoo printed for the
// scenario's head and exits with Odoo's exit code, so everything after the process is real.
const ROOT = join(import.meta.dirname, '..', '..')
const FAKE_ODOO = join(ROOT, 'test/fixtures/odoo/bin/fake-odoo.mjs')
const LOG = join(ROOT, 'test/fixtures/odoo/scenario-logs/pr-odoo-ci-failure.log')
const OVERLAY = join(ROOT, 'examples/odoo-shop-scenarios/pr-odoo-ci-failure')
const BRANCH = 'pr-odoo-ci-failure'
const OWNER = 'oda-sandbox'
const REPO = 'odoo-shop'
const FAILING_TEST = 'addons/ipai_delivery_slot/tests/test_delivery_slot.py'

let temp: string
let bed: Bed | undefined
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'oda-odoo-ci-app-'))
  // The App runs the fake Odoo as its sandbox user when it is root: that user writes the argv log here.
  chmodSync(temp, 0o777)
})
afterEach(async () => {
  await bed?.close()
  bed = undefined
})
afterAll(() => {
  rmSync(temp, { recursive: true, force: true })
})

/**
 * examples/odoo-shop with `odoo-ci` enabled on `main` (custom mode, the fake command), and the
 * scenario's branch made from that `main`, so the PR changes only the scenario's files.
 */
async function shopWithOdooCi(argvLog: string): Promise<string> {
  const seeded = await seedRepo({ only: [] })
  const dir = seeded.gitDir
  const git = (...args: string[]): string =>
    execFileSync(
      'git',
      [
        '-C',
        dir,
        '-c',
        'user.name=oda test',
        '-c',
        'user.email=test@oda.invalid',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { encoding: 'utf8' },
    ).trim()
  const configPath = join(dir, '.github/oda.yml')
  const command = [process.execPath, FAKE_ODOO, '--replay', LOG, '--argv-log', argvLog]
  writeFileSync(
    configPath,
    // The example's own odoo-ci section (its log replay) is replaced by the fake command's.
    readFileSync(configPath, 'utf8').split(/^odoo-ci:/m)[0]! +
      [
        '',
        'odoo-ci:',
        '  enabled: true',
        '  mode: custom',
        `  command: ${JSON.stringify(command)}`,
        '  dropDatabase: []',
        '',
      ].join('\n'),
  )
  git('add', '.github/oda.yml')
  git('commit', '-q', '-m', 'Enable oda / odoo-ci')
  git('checkout', '-q', '-b', BRANCH)
  cpSync(OVERLAY, dir, { recursive: true, force: true })
  git('add', '-A')
  git('commit', '-q', '-m', `Scenario ${BRANCH}`)
  git('checkout', '-q', 'main')
  return dir
}

/** Runs of the argv log: one JSON array per start of the fake command. */
function starts(argvLog: string): string[][] {
  if (!existsSync(argvLog)) return []
  return readFileSync(argvLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as string[])
}

/** Parses JUnit XML with Python's ElementTree (an independent parser) into failing testcases. */
function junitFailures(path: string): {
  suites: number
  tests: number
  failures: number
  failing: { classname: string; name: string; file: string | null; line: string | null; message: string }[]
} {
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.parse(sys.argv[1]).getroot()',
    'cases = list(root.iter("testcase"))',
    'failing = [dict(classname=c.get("classname"), name=c.get("name"), file=c.get("file"), line=c.get("line"), message=(c.find("failure").get("message") or "")) for c in cases if c.find("failure") is not None]',
    'print(json.dumps(dict(suites=len(list(root.iter("testsuite"))), tests=len(cases), failures=len(failing), failing=failing)))',
  ].join('\n')
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as ReturnType<
    typeof junitFailures
  >
}

describe('the App runs oda / odoo-ci on a pull request', () => {
  it('reports the failing Odoo test as a failed check run annotated on the test file, with the JUnit report among the run artifacts', async () => {
    const argvLog = join(temp, 'argv-failure.log')
    const gitDir = await shopWithOdooCi(argvLog)
    bed = await startBed({ repos: [{ owner: OWNER, repo: REPO, gitDir }], ops: [...allOps()] })
    // Odoo CI runs the PR's code: only an author with write access starts it.
    bed.sim.setPermission({ owner: OWNER, repo: REPO, user: OWNER, permission: 'write' })
    const { pull, delivery } = await bed.sim.openPullRequest({ owner: OWNER, repo: REPO, head: BRANCH })
    expect(delivery?.status).toBe(200)
    await bed.app.idle()

    const run = checkRunsFor(bed.sim, pull.headSha).get('oda / odoo-ci')
    expect(run, `check runs: ${[...checkRunsFor(bed.sim, pull.headSha).keys()].join(', ')}`).toBeDefined()
    expect(run!.status).toBe('completed')
    expect(run!.conclusion).toBe('failure')

    // The traceback's container path /mnt/extra-addons/... is mapped onto the repository.
    const onTest = run!.output.annotations.filter((a) => a.path === FAILING_TEST)
    expect(onTest.map((a) => [a.start_line, a.annotation_level])).toEqual([[9, 'failure']])
    expect(onTest[0]!.message).toMatch(/test_slot_is_full_at_capacity/)
    expect(onTest[0]!.message).toMatch(/AssertionError: False is not true/)
    for (const a of run!.output.annotations) expect(existsSync(join(gitDir, a.path)), a.path).toBe(true)

    // The summary has the per-module table: the failing module and its passing dependent.
    const summary = run!.output.summary ?? ''
    expect(summary).toContain('| Module | Tests | Passed | Failed | Errors | Skipped | Time |')
    expect(summary).toMatch(/\| `ipai_delivery_slot` \| 1 \| 0 \| 1 \| 0 \| 0 \|/)
    expect(summary).toMatch(/\| `ipai_shop_ops` \| 1 \| 1 \| 0 \| 0 \| 0 \|/)
    expect(summary).toContain('Odoo: 1 failed, 0 errors of 2 tests.')
    expect(summary).toContain('exit code 1')

    // The affected module and its dependent were tested, after their dependencies were installed.
    const calls = starts(argvLog)
    expect(calls).toHaveLength(2)
    expect(calls[0]).not.toContain('--test-enable')
    expect(calls[1]).toContain('--test-enable')
    const installed = calls[1]![calls[1]!.indexOf('-i') + 1]!.split(',').sort()
    expect(installed).toEqual(['ipai_delivery_slot', 'ipai_shop_ops'])

    // The run record keeps the raw log and the JUnit report; the check run points at them.
    const records = (await bed.app.store.listRuns({})).filter((r) => r.op === 'odoo.test')
    expect(records).toHaveLength(1)
    const record = records[0]!
    expect(record.conclusion).toBe('failure')
    expect(record.externalRef).toMatchObject({ repo: `${OWNER}/${REPO}`, sha: pull.headSha })
    const names = record.artifacts.map((a) => a.name).sort()
    expect(names).toEqual(['odoo-junit.xml', 'odoo-test.log', 'odoo-tests.jsonl'])
    const junit = record.artifacts.find((a) => a.name === 'odoo-junit.xml')!
    expect(junit.contentType).toBe('application/xml')
    const parsed = junitFailures(junit.path)
    expect(parsed.tests).toBe(2)
    expect(parsed.failures).toBe(1)
    expect(parsed.failing[0]).toMatchObject({ name: 'test_slot_is_full_at_capacity' })
    expect(parsed.failing[0]!.classname).toMatch(/ipai_delivery_slot/)
    const rawLog = readFileSync(record.artifacts.find((a) => a.name === 'odoo-test.log')!.path, 'utf8')
    expect(rawLog).toContain('FAIL: TestDeliverySlot.test_slot_is_full_at_capacity')
    expect(`${run!.output.summary ?? ''}\n${run!.output.text ?? ''}`).toContain('odoo-test.log')

    expectValidRequests(bed.sim)
  }, 120_000)

  it('does not start Odoo for a pull request whose author may only read the repository', async () => {
    const argvLog = join(temp, 'argv-outsider.log')
    const gitDir = await shopWithOdooCi(argvLog)
    bed = await startBed({ repos: [{ owner: OWNER, repo: REPO, gitDir }], ops: [...allOps()] })
    const { pull } = await bed.sim.openPullRequest({ owner: OWNER, repo: REPO, head: BRANCH, user: 'outsider' })
    await bed.app.idle()

    expect(starts(argvLog)).toEqual([])
    const runs = checkRunsFor(bed.sim, pull.headSha)
    // The read-only checks still ran for the outsider.
    expect(runs.get('oda / manifest')?.status).toBe('completed')
    // The check says why it did not run, and a maintainer can re-run it.
    const run = runs.get('oda / odoo-ci')
    expect(run?.status).toBe('completed')
    expect(run?.conclusion).toBe('action_required')
    // It waits for a maintainer's approval that names whose code would run (not a plain Re-run).
    expect(run?.output.title).toBe('Waiting for a maintainer to approve running this code')
    expect(run?.output.summary).toContain('the code of @outsider at')
    expect(run?.output.summary).toMatch(/outsider has read permission but odoo\.test requires write/)
    expect(run?.output.annotations).toEqual([])
    expect(run?.actions.map((a) => a.identifier)).toEqual(['approve-run'])
    expectValidRequests(bed.sim)
  }, 120_000)
})
