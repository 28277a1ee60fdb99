import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { odaConfigSchema } from '../../../../src/config/schema.ts'
import { createOpContext } from '../../../../src/engine/create-context.ts'
import { reportSchema } from '../../../../src/op/report.ts'
import type { Report } from '../../../../src/op/report.ts'
import { odooTestOp } from '../../../../src/ops/odoo-test/index.ts'
import { fakeOdoo, makeOdooRepo } from '../../../fixtures/odoo/make-odoo-repo.ts'
import { odooLogsDir } from '../../../fixtures/odoo/fixture-logs.ts'

export const pg = ['-h', '127.0.0.1', '-U', 'postgres']

export interface FakeRun {
  report: Report
  root: string
  artifactsDir: string
  /** Odoo argument arrays the fake command received, in order. */
  argv: string[][]
}

/** Runs odoo.test for real against the fake `odoo` command replaying `log`. */
export async function runWithFake(o: {
  log: string
  addons: string[]
  input?: Record<string, unknown>
  odooCi?: Record<string, unknown>
  fakeArgs?: string[]
  /** Logs replayed instead of `log` when the test run installs exactly these modules (`a,b`). */
  replayFor?: Record<string, string>
  env?: Record<string, string>
  face?: 'cli' | 'action'
  /** A repository to use instead of a fresh one holding `addons`. */
  root?: string
  signal?: AbortSignal
}): Promise<FakeRun> {
  const root = o.root ?? makeOdooRepo(o.addons)
  const work = mkdtempSync(join(tmpdir(), 'oda-odoo-test-'))
  const argvLog = join(work, 'argv.jsonl')
  const config = odaConfigSchema.parse({
    'odoo-ci': {
      mode: 'custom',
      command: [
        process.execPath,
        fakeOdoo,
        '--replay',
        isAbsolute(o.log) ? o.log : join(odooLogsDir, o.log),
        '--argv-log',
        argvLog,
        ...Object.entries(o.replayFor ?? {}).flatMap(([modules, log]) => ['--replay-for', `${modules}=${log}`]),
        ...(o.fakeArgs ?? []),
      ],
      dropDatabase: ['dropdb', ...pg, '--if-exists', '{database}'],
      ...o.odooCi,
    },
  })
  const artifactsDir = join(work, 'artifacts')
  const ctx = createOpContext({
    cwd: root,
    config,
    artifactsDir,
    env: o.env ?? {},
    runId: 'run-1',
    signal: o.signal,
    face: o.face,
  })
  const input = odooTestOp.input.parse(o.input ?? {})
  // What the engine checks before accepting a report; JSON round trip as stores and faces do.
  const report = reportSchema.parse(JSON.parse(JSON.stringify(await odooTestOp.run(ctx, input))))
  const argv = existsSync(argvLog)
    ? readFileSync(argvLog, 'utf8')
        .trim()
        .split('\n')
        .map((l): string[] => JSON.parse(l))
    : []
  return { report, root, artifactsDir, argv }
}
