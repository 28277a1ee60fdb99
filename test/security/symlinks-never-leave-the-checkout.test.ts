import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { findOp } from '../../src/ops/registry.ts'
import type { Op } from '../../src/op/define-op.ts'
import { runDistAsync } from '../helpers/run-dist.ts'
import { checkRunsFor, expectValidRequests, makeGitRepo, startBed, type Bed } from '../integration/app/harness.ts'

// A pull request may hold symbolic links, and a link is only text: a chain of them can lead
// anywhere on the host even when each link looks harmless on its own (`l0 -> .` makes
// `l0/../x` climb one folder more than its text says). No check may read through such a link,
// on any face; each reports the link instead. The "host" here is a folder next to the
// repository holding files that would be findings (or parse errors echoing them) if read.

const MARK = 'HOSTMARK7'
const temp = mkdtempSync(join(tmpdir(), 'oda-sec-links-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))
const host = join(temp, 'host')
mkdirSync(host)
writeFileSync(join(host, 'tasks.md'), `# ${MARK} tasks\n\n- [ ] T001 ${MARK} first task\n`)
writeFileSync(join(host, 'plan.md'), `# ${MARK} plan\n`)
writeFileSync(join(host, 'data.xml'), `<odoo><!-- ${MARK} --></odoo>\n`)
writeFileSync(join(host, 'ignore'), `${MARK} is not a fingerprint\n`)
writeFileSync(join(host, 'repos.json'), `{"${MARK}": [}\n`)
mkdirSync(join(host, 'checklists'))
writeFileSync(join(host, 'checklists', 'req.md'), `# ${MARK}\n\n- [ ] ${MARK} item\n`)

/**
 * The links of the hostile change, by path from the repository root (real folders are created
 * as needed). `l0 -> .` makes each chain below pass a check done on the link's text.
 */
function hostileLinks(): Record<string, string> {
  // From <root>/<a>/<b>/file, `../../` is <root>; then to the text each `l0/..` cancels out
  // (the path stays inside), while to the kernel `l0/` is <root> again, so each `..` climbs
  // one folder: twelve of them reach `/` from wherever the checkout is (the App unpacks it
  // under its data folder), and the host path follows.
  const climb = (depth: number): string =>
    `${'../'.repeat(depth)}${'l0/'.repeat(12)}${'../'.repeat(12)}${host.slice(1)}`
  return {
    l0: '.',
    // a -> b -> host file, b being the textual-pass chain
    'specs/001-login/tasks.md': 'tasks-next.md',
    'specs/001-login/tasks-next.md': `${climb(2)}/tasks.md`,
    // an absolute link
    'specs/001-login/plan.md': join(host, 'plan.md'),
    // a folder link
    'specs/001-login/checklists': join(host, 'checklists'),
    'addons/shop/data.xml': `${climb(2)}/data.xml`,
    '.oda-secrets-ignore': `${climb(0)}/ignore`,
    'config/addons_manifest.oca_ipai.json': `${climb(1)}/repos.json`,
  }
}

const files: Record<string, string> = {
  'specs/001-login/spec.md': '# Login\n\n## User Scenarios & Testing\n\nA user logs in.\n',
  '.specify/memory/constitution.md': '# Constitution\n\nVersion: 1.0.0\n',
  'addons/shop/__manifest__.py':
    "{'name': 'Shop', 'version': '17.0.1.0.0', 'license': 'LGPL-3', 'author': 'Acme', 'depends': ['base'], 'data': ['data.xml']}\n",
  'addons/shop/__init__.py': '',
}

function writeTree(root: string, tree: Record<string, string>): void {
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

function linkTree(root: string, links: Record<string, string>): void {
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    symlinkSync(target, join(root, path))
  }
}

describe('the CLI never reads through a link out of the checkout', () => {
  const root = join(temp, 'repo')
  writeTree(root, files)
  linkTree(root, hostileLinks())

  const oda = (...args: string[]) => runDistAsync(args, { cwd: root, env: { HOME: temp }, timeoutMs: 60_000 })

  it('spec-kit validate reports every link leading out, chained, absolute or a folder, and reads none', async () => {
    const r = await oda('spec-kit', 'validate', '.', '--format', 'json')
    expect(r.stdout + r.stderr).not.toContain(MARK)
    const outside = (JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[] }).findings
      .filter((f) => f.ruleId === 'spec-kit/link-outside')
      .map((f) => f.path)
      .sort()
    expect(outside).toEqual([
      'specs/001-login/checklists',
      'specs/001-login/plan.md',
      'specs/001-login/tasks-next.md',
      'specs/001-login/tasks.md',
    ])
  })

  it('manifest verify reports the chained data file link and reads neither it nor the layout file behind a link', async () => {
    const r = await oda('manifest', 'verify', '.')
    expect(r.stdout + r.stderr).not.toContain(MARK)
    expect(r.stdout).toMatch(/data file data\.xml is a link that leaves the repository/)
    expect(r.stdout).toMatch(/addons_manifest\.oca_ipai\.json is a link leading outside the repository/)
  })

  it('secrets scan refuses the linked ignore file and names the links it did not follow', async () => {
    const refused = await oda('secrets', 'scan', '.')
    expect(refused.code).toBe(2)
    expect(refused.stdout + refused.stderr).not.toContain(MARK)
    expect(refused.stderr).toMatch(/\.oda-secrets-ignore leads outside the repository/)
    const scanned = await oda('secrets', 'scan', '.', '--config', '/dev/null')
    expect(scanned.stdout + scanned.stderr).not.toContain(MARK)
  })
})

describe('the App never reads through a link out of the pull request', () => {
  let bed: Bed | undefined
  afterEach(async () => {
    await bed?.close()
    bed = undefined
  })

  it('reports the links in annotations, with no host content in any check run', async () => {
    const gitDir = makeGitRepo({ main: { 'README.md': '# shop\n' }, f: files })
    // the links go in on the PR branch, as a contributor would push them
    const git = (...args: string[]) => execFileSync('git', args, { cwd: gitDir, encoding: 'utf8' })
    git('checkout', '-q', 'f')
    linkTree(gitDir, hostileLinks())
    git('add', '-A')
    git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'links')
    git('checkout', '-q', 'main')
    const ops = ['spec-kit.validate', 'manifest.verify', 'secrets.scan'].map((name) => findOp(name)) as Op[]
    bed = await startBed({ repos: [{ owner: 'acme', repo: 'shop', gitDir }], ops })
    const { pull } = await bed.sim.openPullRequest({ owner: 'acme', repo: 'shop', head: 'f' })
    await bed.app.idle()
    expectValidRequests(bed.sim)
    const runs = checkRunsFor(bed.sim, pull.headSha)
    expect(JSON.stringify([...runs.values()])).not.toContain(MARK)
    const annotations = (name: string) => runs.get(name)?.output.annotations ?? []
    expect(
      annotations('oda / spec-kit')
        .filter((a) => String(a.title).startsWith('spec-kit/link-outside'))
        .map((a) => a.path)
        .sort(),
    ).toEqual([
      'specs/001-login/checklists',
      'specs/001-login/plan.md',
      'specs/001-login/tasks-next.md',
      'specs/001-login/tasks.md',
    ])
    expect(annotations('oda / manifest').map((a) => a.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/data file data\.xml is a link that leaves the repository/)]),
    )
  })
})
