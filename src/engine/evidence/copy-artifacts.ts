import { copyFile, mkdir, open, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, extname, join, resolve } from 'node:path'
import type { Redactor } from '../../log/redactor.ts'
import type { EvidenceArtifact } from './evidence-record.ts'
import { sha256, sha256File } from './sha256-sums.ts'

/** Text files up to this size are read whole and redacted; larger ones are copied as they are. */
const REDACT_MAX_BYTES = 64 * 1024 * 1024
const SNIFF_BYTES = 8192

/** A file name safe in any file system and in SHA256SUMS: letters, digits, dot, dash, underscore. */
function safeName(name: string): string {
  const s = basename(name)
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^[.]+/, '')
  return s.length > 0 ? s.slice(0, 120) : 'artifact'
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name
  for (let n = 2; taken.has(candidate); n++) candidate = `${basename(name, extname(name))}-${n}${extname(name)}`
  taken.add(candidate)
  return candidate
}

/** Text means: no NUL byte and valid UTF-8 at the start, so redaction cannot corrupt it. */
async function looksLikeText(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const buf = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0)
    const head = buf.subarray(0, bytesRead)
    if (head.includes(0)) return false
    // A multi-byte character cut at the sniff boundary (at most 3 bytes) is fine; anything else invalid is binary.
    const cut = bytesRead === SNIFF_BYTES ? 3 : 0
    for (let drop = 0; drop <= cut; drop++) {
      const part = head.subarray(0, bytesRead - drop)
      if (Buffer.from(part.toString('utf8'), 'utf8').equals(part)) return true
    }
    return false
  } finally {
    await handle.close()
  }
}

/**
 * Copies each artifact into `<packDir>/artifacts/`. Text passes through the redactor;
 * binary or very large files are copied byte for byte and marked `redacted: false`.
 * A missing source is recorded as missing rather than failing the pack: the evidence of
 * a failed run matters most.
 */
export async function copyArtifacts(copy: {
  packDir: string
  artifacts: readonly { name: string; path: string }[]
  base: string
  redactor: Redactor
}): Promise<EvidenceArtifact[]> {
  const taken = new Set<string>()
  const out: EvidenceArtifact[] = []
  for (const a of copy.artifacts) {
    const source = resolve(copy.base, a.path)
    const info = await stat(source).catch(() => undefined)
    if (!info?.isFile()) {
      out.push({
        name: copy.redactor.redact(a.name),
        missing: true,
        reason: info ? 'not a regular file' : 'file not found',
      })
      continue
    }
    await mkdir(join(copy.packDir, 'artifacts'), { recursive: true })
    const file = `artifacts/${uniqueName(safeName(copy.redactor.redact(a.name)), taken)}`
    const target = join(copy.packDir, file)
    if (info.size <= REDACT_MAX_BYTES && (await looksLikeText(source))) {
      const text = copy.redactor.redact(await readFile(source, 'utf8'))
      await writeFile(target, text, { flag: 'wx' })
      out.push({
        name: copy.redactor.redact(a.name),
        file,
        sha256: sha256(text),
        bytes: Buffer.byteLength(text),
        redacted: true,
      })
    } else {
      await copyFile(source, target)
      out.push({
        name: copy.redactor.redact(a.name),
        file,
        sha256: await sha256File(target),
        bytes: info.size,
        redacted: false,
      })
    }
  }
  return out
}
