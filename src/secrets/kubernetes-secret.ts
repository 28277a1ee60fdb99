import { shannonEntropy } from './entropy.ts'
import { isPlaceholder } from './placeholder.ts'

/** A Kubernetes Secret object, in YAML (`kind: Secret`) or JSON (`"kind": "Secret"`). */
export const KUBERNETES_SECRET = /(?:^|\n)[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:,|\r?\n|$)/

const ENTRY = /^([ \t]+)([\w.-]{1,253}):[ \t]*(["']?)([^\s"'#]{1,8192})\3[ \t]*(?:#.*)?\r?$/
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Values a sample manifest uses instead of a secret. */
const SAMPLE_VALUES = new Set(['password', 'admin', 'secret', 'changeme', 'postgres', 'root', 'user', 'test', 'odoo'])

/**
 * True when a Secret's value (decoded, for `data:`) looks like a credential rather than a
 * sample: at least 8 characters, no placeholder, not a stock password, some entropy. Binary
 * values (keys, keystores) count when they are at least 16 bytes.
 */
export function judgeSecretValue(value: string, binary = false): boolean {
  if (binary) return value.length >= 16
  if (value.length < 8 || isPlaceholder(value) || SAMPLE_VALUES.has(value.toLowerCase())) return false
  return shannonEntropy(value) >= 2.5
}

/**
 * The values of the `data:` or `stringData:` section starting at the block's first line:
 * `data:` values are base64, decoded and judged as the credential they hold; `stringData:`
 * values are judged as written. Each result is the value as written, with its offset in
 * the block (the decoded value is never returned, logged or reported).
 */
export function secretDataValues(block: string): { secret: string; offset: number }[] {
  const firstNl = block.indexOf('\n')
  const first = firstNl < 0 ? block : block.slice(0, firstNl)
  const indent = /^[ \t]*/.exec(first)![0].length
  const encoded = /^[ \t]*data:/.test(first)
  const out: { secret: string; offset: number }[] = []
  let offset = firstNl + 1
  while (firstNl >= 0 && offset < block.length) {
    const nl = block.indexOf('\n', offset)
    const line = nl < 0 ? block.slice(offset) : block.slice(offset, nl)
    const next = nl < 0 ? block.length : nl + 1
    if (line.trim() === '' || line.trim().startsWith('#')) {
      offset = next
      continue
    }
    const m = ENTRY.exec(line)
    if (!m || m[1]!.length <= indent) break
    const value = m[4]!
    if (encoded ? judgeEncoded(value) : judgeSecretValue(value))
      out.push({ secret: value, offset: offset + line.indexOf(value, m[1]!.length + m[2]!.length + 1) })
    offset = next
  }
  return out
}

function judgeEncoded(value: string): boolean {
  if (value.length < 12 || !BASE64.test(value) || isPlaceholder(value)) return false
  const bytes = Buffer.from(value, 'base64')
  const text = bytes.toString('utf8')
  // Printable text is judged as the password it is; anything else is key material.
  const printable = /^[\x20-\x7e\t\r\n]*$/.test(text)
  return judgeSecretValue(printable ? text.trim() : text, !printable)
}
