import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCommand } from '../exec/run-command.ts'
import { readTarFile } from './read-tar-file.ts'
import { ShaMemo } from './sha-memo.ts'

/** One entry of `git ls-tree -l`. */
export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  size: number
  path: string
}

/** A commit as `git log` tells it. */
export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  author: { name: string; email: string; date: string }
  committer: { name: string; email: string; date: string }
  message: string
}

/** One changed file between two commits. */
export interface ChangedFile {
  filename: string
  previousFilename?: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed'
  sha: string
  additions: number
  deletions: number
  patch?: string
}

const statusOf: Record<string, ChangedFile['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
}

/** Refs and revisions come from requests: one starting with `-` would be read as an option. */
const safeRev = (rev: string): string => {
  if (rev.startsWith('-') || rev.includes('\0')) throw new Error(`refusing revision ${JSON.stringify(rev)}`)
  return rev
}

/** An annotated tag object as git stores it. */
export interface TagObject {
  sha: string
  object: string
  type: string
  tag: string
  tagger: { name: string; email: string; date: string }
  message: string
}

/**
 * Access to a git directory (bare or not) through the git CLI, every call an argument
 * array. It reads; the only write is `writeTag`, which adds an object and never a ref.
 */
export class GitReader {
  readonly gitDir: string
  readonly #commits = new ShaMemo<string | undefined>(5000)
  readonly #types = new ShaMemo<string | undefined>(5000)
  readonly #tags = new ShaMemo<TagObject | undefined>(1000)
  readonly #paths = new ShaMemo<{ kind: 'file' | 'dir'; entries: TreeEntry[] } | undefined>(2000)
  readonly #files = new ShaMemo<Buffer | undefined>(500)
  readonly #tarballs = new ShaMemo<Buffer>(20)
  readonly #logs = new ShaMemo<CommitInfo[]>(2000)
  readonly #bases = new ShaMemo<string | undefined>(1000)
  readonly #diffs = new ShaMemo<ChangedFile[]>(500)
  constructor(gitDir: string) {
    this.gitDir = gitDir
  }

  async #git(args: string[], input?: string): Promise<{ ok: boolean; stdout: string; stderr: string }> {
    const r = await runCommand({
      file: 'git',
      args: ['-C', this.gitDir, ...args],
      maxBuffer: 64 * 1024 * 1024,
      env: { GIT_TERMINAL_PROMPT: '0' },
      ...(input !== undefined ? { input } : {}),
    })
    return { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr }
  }

  /** The commit SHA a ref, branch, tag or SHA names, or undefined. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    return this.#commits.get([rev], rev, async () => {
      const r = await this.#git(['rev-parse', '--verify', '--quiet', `${safeRev(rev)}^{commit}`])
      return r.ok ? r.stdout.trim() : undefined
    })
  }

  /** True when the object exists (any type). */
  async hasObject(sha: string): Promise<boolean> {
    return (await this.#git(['cat-file', '-e', safeRev(sha)])).ok
  }

  /** The object's type (`commit`, `tree`, `blob`, `tag`), or undefined when absent. */
  async objectType(sha: string): Promise<string | undefined> {
    return this.#types.get([sha], sha, async () => {
      const r = await this.#git(['cat-file', '-t', safeRev(sha)])
      return r.ok ? r.stdout.trim() : undefined
    })
  }

  /** True when `ancestor` is reachable from `descendant` (a fast-forward). */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.#git(['merge-base', '--is-ancestor', safeRev(ancestor), safeRev(descendant)])).ok
  }

  /** True when git accepts `name` as a full ref name (`refs/...`, no `..`, no `~^:?*[`, ...). */
  async isValidRefName(name: string): Promise<boolean> {
    return (await this.#git(['check-ref-format', safeRev(name)])).ok
  }

  /** Writes an annotated tag object (what `POST git/tags` does) and returns its SHA. */
  async writeTag(t: Omit<TagObject, 'sha'>): Promise<string> {
    const when = Math.floor(new Date(t.tagger.date).getTime() / 1000)
    const oneLine = (s: string): string => s.replace(/[\n<>]/g, ' ')
    const text = `object ${t.object}\ntype ${t.type}\ntag ${oneLine(t.tag)}\ntagger ${oneLine(t.tagger.name)} <${oneLine(t.tagger.email)}> ${when} +0000\n\n${t.message}`
    const r = await this.#git(['mktag'], text.endsWith('\n') ? text : `${text}\n`)
    if (!r.ok) throw new Error(`git mktag failed: ${r.stderr.trim()}`)
    return r.stdout.trim()
  }

  /** Reads an annotated tag object, or undefined when `sha` is not one. */
  async readTag(sha: string): Promise<TagObject | undefined> {
    return this.#tags.get([sha], sha, async () => {
      if ((await this.objectType(sha)) !== 'tag') return undefined
      const r = await this.#git(['cat-file', 'tag', safeRev(sha)])
      const [head = '', ...rest] = r.stdout.split('\n\n')
      const fields = new Map(head.split('\n').map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)]))
      const tagger = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(fields.get('tagger') ?? '')
      return {
        sha,
        object: fields.get('object') ?? '',
        type: fields.get('type') ?? 'commit',
        tag: fields.get('tag') ?? '',
        tagger: {
          name: tagger?.[1] ?? '',
          email: tagger?.[2] ?? '',
          date: new Date(Number(tagger?.[3] ?? 0) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
        message: rest.join('\n\n'),
      }
    })
  }

  /** Every ref with the commit it points to (`refs/heads/main` -> sha). */
  async refs(): Promise<Map<string, string>> {
    const r = await this.#git(['for-each-ref', '--format=%(objectname) %(refname)'])
    const out = new Map<string, string>()
    for (const line of r.stdout.split('\n')) {
      const [sha, name] = line.split(' ')
      if (sha && name) out.set(name, sha)
    }
    return out
  }

  /** Entries at `path` in a commit: one entry for a file, the children for a directory. */
  async listPath(sha: string, path: string): Promise<{ kind: 'file' | 'dir'; entries: TreeEntry[] } | undefined> {
    return this.#paths.get([sha], `${sha}:${path}`, async () => {
      const clean = path.replace(/^\/+|\/+$/g, '')
      if (clean === '') return { kind: 'dir', entries: await this.#lsTree([safeRev(sha)]) }
      const self = await this.#lsTree([safeRev(sha), '--', clean])
      const entry = self.find((e) => e.path === clean)
      if (!entry) return undefined
      if (entry.type !== 'tree') return { kind: 'file', entries: [entry] }
      return { kind: 'dir', entries: await this.#lsTree([safeRev(sha), '--', `${clean}/`]) }
    })
  }

  async #lsTree(args: string[]): Promise<TreeEntry[]> {
    const r = await this.#git(['ls-tree', '-l', '-z', ...args])
    return r.stdout
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t')
        const [mode = '', type = 'blob', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/)
        return {
          mode,
          type: type === 'tree' || type === 'commit' ? type : 'blob',
          sha,
          size: size === '-' ? 0 : Number(size),
          path: line.slice(tab + 1),
        }
      })
  }

  /** Where a symlink entry points (the text of its blob). */
  async linkTarget(entry: TreeEntry): Promise<string> {
    const r = await this.#git(['cat-file', 'blob', safeRev(entry.sha)])
    return r.ok ? r.stdout : ''
  }

  /** The bytes of a file in a commit. */
  async readFile(sha: string, path: string): Promise<Buffer | undefined> {
    return this.#files.get([sha], `${sha}:${path}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'oda-sim-blob-'))
      try {
        const out = join(dir, 'f.tar')
        const r = await this.#git(['archive', '--format=tar', '-o', out, safeRev(sha), '--', path])
        return r.ok ? readTarFile(await readFile(out)) : undefined
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    })
  }

  /** A gzipped tarball of a commit, every path under `prefix/` as GitHub's tarballs are. */
  async tarball(sha: string, prefix: string): Promise<Buffer> {
    return this.#tarballs.get([sha], `${sha}:${prefix}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'oda-sim-tar-'))
      try {
        const out = join(dir, 'a.tar.gz')
        const r = await this.#git(['archive', '--format=tar.gz', `--prefix=${prefix}/`, '-o', out, safeRev(sha)])
        if (!r.ok) throw new Error(`git archive ${sha} failed: ${r.stderr}`)
        return await readFile(out)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    })
  }

  /** Commits reachable from `head`, newest first; with `exclude`, only those not reachable from it. */
  async log(head: string, options: { exclude?: string; max?: number } = {}): Promise<CommitInfo[]> {
    return this.#logs.get(
      [head, ...(options.exclude ? [options.exclude] : [])],
      `${head}^${options.exclude ?? ''}:${options.max ?? ''}`,
      async () => {
        const range = options.exclude ? [safeRev(head), `^${safeRev(options.exclude)}`] : [safeRev(head)]
        const fmt = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x1f') + '%x1e'
        const r = await this.#git([
          'log',
          `--format=${fmt}`,
          ...(options.max ? [`-n${options.max}`] : []),
          ...range,
          '--',
        ])
        return r.stdout
          .split('\x1e')
          .map((s) => s.replace(/^\n/, ''))
          .filter(Boolean)
          .map((rec) => {
            const [
              sha = '',
              tree = '',
              parents = '',
              an = '',
              ae = '',
              ad = '',
              cn = '',
              ce = '',
              cd = '',
              message = '',
            ] = rec.split('\x1f')
            const iso = (d: string): string => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z')
            return {
              sha,
              tree,
              parents: parents.split(' ').filter(Boolean),
              author: { name: an, email: ae, date: iso(ad) },
              committer: { name: cn, email: ce, date: iso(cd) },
              message: message.replace(/\n+$/, ''),
            }
          })
      },
    )
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.#bases.get([a, b], `${a}:${b}`, async () => {
      const r = await this.#git(['merge-base', safeRev(a), safeRev(b)])
      return r.ok ? r.stdout.trim() : undefined
    })
  }

  /** Files changed from `base` to `head` (a two-dot diff; callers pass the merge base for PRs). */
  async diff(base: string, head: string): Promise<ChangedFile[]> {
    return this.#diffs.get([base, head], `${base}:${head}`, async () => {
      const [raw, numstat, patch] = await Promise.all([
        this.#git(['diff', '--raw', '--no-abbrev', '-z', '-M', safeRev(base), safeRev(head), '--']),
        this.#git(['diff', '--numstat', '-z', '-M', safeRev(base), safeRev(head), '--']),
        this.#git(['diff', '-M', '--no-color', '--no-ext-diff', safeRev(base), safeRev(head), '--']),
      ])
      const files: ChangedFile[] = []
      const parts = raw.stdout.split('\0')
      for (let i = 0; i < parts.length - 1;) {
        const meta = parts[i++] ?? ''
        if (!meta.startsWith(':')) continue
        const [, , , dstSha = '', code = 'M'] = meta.slice(1).split(' ')
        const letter = code.charAt(0)
        const first = parts[i++] ?? ''
        const renamed = letter === 'R' || letter === 'C'
        const filename = renamed ? (parts[i++] ?? '') : first
        files.push({
          filename,
          ...(renamed ? { previousFilename: first } : {}),
          status: statusOf[letter] ?? 'modified',
          sha: letter === 'D' ? (meta.slice(1).split(' ')[2] ?? '') : dstSha,
          additions: 0,
          deletions: 0,
        })
      }
      const counts = numstat.stdout.split('\0')
      for (let i = 0, f = 0; i < counts.length && f < files.length; f++) {
        const [add = '0', del = '0', name = ''] = (counts[i++] ?? '').split('\t')
        // A rename has an empty name here, then the old and the new path as their own fields.
        if (name === '') i += 2
        const file = files[f]
        if (file) {
          file.additions = add === '-' ? 0 : Number(add)
          file.deletions = del === '-' ? 0 : Number(del)
        }
      }
      const chunks = patch.stdout.split(/^diff --git /m).slice(1)
      chunks.forEach((chunk, idx) => {
        const at = chunk.indexOf('\n@@')
        const file = files[idx]
        if (!file || at < 0) return
        const text = chunk.slice(at + 1).replace(/\n$/, '')
        // GitHub's diff limits: a file's diff over 500 KB or 20,000 lines comes without a patch.
        if (Buffer.byteLength(text) > PATCH_MAX_BYTES || lineCount(text) > PATCH_MAX_LINES) return
        file.patch = text
      })
      return files
    })
  }
}

/** GitHub's per-file diff limits (docs: "Repository limits", diff limits). */
export const PATCH_MAX_BYTES = 500 * 1024
export const PATCH_MAX_LINES = 20_000

function lineCount(text: string): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}
