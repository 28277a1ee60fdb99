import type { Fragment } from './scan-text.ts'
import type { Provenance } from './secret-finding.ts'

/** First line of each commit in the `git log` output this parser reads (see `HISTORY_FORMAT`). */
export const COMMIT_MARKER = '\u0000oda-commit\u0000'
/** `git log --format` that writes COMMIT_MARKER, hash, author and ISO date, NUL-separated. */
export const HISTORY_FORMAT = '%x00oda-commit%x00%H%x00%an <%ae>%x00%aI'

export interface DiffStreamOptions {
  /** Receives the added lines of one file (of one commit in history mode). */
  onFragment: (fragment: Fragment, provenance?: Provenance) => void
  /** Added text kept per file before a fragment is flushed early (bounds memory on huge files). */
  maxFragmentChars?: number
  /** Receives the path of each file git shows only as "Binary files … differ" (no lines to scan). */
  onBinary?: (path: string) => void
}

/**
 * Reads `git diff`/`git log -p` output line by line and emits, per file, only the added
 * lines with their new-file line numbers. Hunk line counts are honoured, so an added line
 * that itself starts with `++ ` is never mistaken for a file header. Memory is bounded by
 * one fragment, whatever the size of the diff or history.
 */
export class DiffStream {
  readonly #o: DiffStreamOptions
  readonly #max: number
  #provenance: Provenance | undefined
  #path: string | undefined
  #lines: string[] = []
  #numbers: number[] = []
  #chars = 0
  #newLine = 0
  #oldLeft = 0
  #newLeft = 0
  /** The last push was a piece of a longer line (see LineSplitter); the next continues it. */
  #continues: 'added' | 'other' | undefined

  constructor(o: DiffStreamOptions) {
    this.#o = o
    this.#max = o.maxFragmentChars ?? 4 * 1024 * 1024
  }

  /**
   * Takes one line of diff output, or a piece of one (`partial`: more of the same line
   * follows). Pieces of an added line are scanned as they come, on the same line number, so
   * a line of megabytes is never held whole.
   */
  push(raw: string, partial = false): void {
    if (this.#continues !== undefined) {
      if (this.#continues === 'added' && this.#path !== undefined) this.#addPiece(raw)
      if (!partial) this.#continues = undefined
      return
    }
    if (partial) this.#continues = (this.#oldLeft > 0 || this.#newLeft > 0) && raw[0] === '+' ? 'added' : 'other'
    const line = raw.endsWith('\r') && this.#oldLeft + this.#newLeft === 0 ? raw.slice(0, -1) : raw
    if (this.#oldLeft > 0 || this.#newLeft > 0) {
      this.#hunkLine(line)
      return
    }
    if (line.startsWith(COMMIT_MARKER)) {
      this.#flush()
      const [hash = '', author = '', date = ''] = line.slice(COMMIT_MARKER.length).split('\u0000')
      this.#provenance = { commit: detach(hash), author: detach(author), date: detach(date) }
      this.#path = undefined
    } else if (line.startsWith('diff --git ')) {
      this.#flush()
      this.#path = undefined
    } else if (line.startsWith('+++ ')) {
      this.#flush()
      this.#path = parseDiffPath(line.slice(4))
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      const m = / and (.+) differ$/.exec(line)
      const path = m ? parseDiffPath(m[1]!) : undefined
      if (path !== undefined) this.#o.onBinary?.(path)
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (!m) return
      this.#oldLeft = m[1] === undefined ? 1 : Number(m[1])
      this.#newLine = Number(m[2])
      this.#newLeft = m[3] === undefined ? 1 : Number(m[3])
    }
  }

  /** Flushes what is pending; call once the stream has ended. */
  end(): void {
    this.#flush()
  }

  #hunkLine(line: string): void {
    const tag = line[0]
    if (tag === '+') {
      this.#newLeft--
      if (this.#path !== undefined) this.#add(line.slice(1))
      this.#newLine++
    } else if (tag === '-') {
      this.#oldLeft--
    } else if (tag === ' ' || line === '') {
      this.#oldLeft--
      this.#newLeft--
      this.#newLine++
    }
    // "\ No newline at end of file" changes no count.
  }

  #add(text: string): void {
    const clean = text.endsWith('\r') ? text.slice(0, -1) : text
    // A gap in line numbers ends the block: multi-line rules must not join separate hunks.
    const last = this.#numbers[this.#numbers.length - 1]
    if (last !== undefined && last + 1 !== this.#newLine) this.#flush()
    this.#lines.push(clean)
    this.#numbers.push(this.#newLine)
    this.#chars += clean.length + 1
    if (this.#chars >= this.#max) this.#flush()
  }

  /** A further piece of the added line just pushed: same line number, its own entry. */
  #addPiece(text: string): void {
    const n = this.#numbers[this.#numbers.length - 1] ?? this.#newLine - 1
    if (this.#chars >= this.#max) this.#flush()
    this.#lines.push(text)
    this.#numbers.push(n)
    this.#chars += text.length + 1
  }

  #flush(): void {
    if (this.#path !== undefined && this.#lines.length > 0) {
      this.#o.onFragment(
        { path: this.#path, text: this.#lines.join('\n'), lineNumbers: this.#numbers },
        this.#provenance,
      )
    }
    this.#lines = []
    this.#numbers = []
    this.#chars = 0
  }
}

/** Path from a `+++ b/path` header: undefined for `/dev/null`; git's C-style quoting undone. */
export function parseDiffPath(spec: string): string | undefined {
  let s = spec.replace(/\t$/, '')
  if (s === '/dev/null') return undefined
  if (s.startsWith('"') && s.endsWith('"')) s = unquoteC(s.slice(1, -1))
  return detach(s.startsWith('b/') ? s.slice(2) : s)
}

/**
 * A copy of `s` that does not share memory with the string it was sliced from. V8 keeps a
 * slice's whole parent alive (here: a 64 KB chunk of git output), so a path kept for the
 * rest of a history scan would otherwise pin every chunk it came from.
 */
function detach(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8')
}

function unquoteC(s: string): string {
  const bytes: number[] = []
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 }
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b)
      continue
    }
    const n = s[i + 1] ?? ''
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      bytes.push(simple[n] ?? n.charCodeAt(0))
      i += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
