/**
 * Returns the bytes of the first regular file in an uncompressed tar archive. The
 * simulator reads blobs through `git archive` because that keeps binary files intact,
 * which text-mode process output would not.
 */
export function readTarFile(tar: Buffer): Buffer | undefined {
  let offset = 0
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((b) => b === 0)) return undefined
    const size = parseInt(header.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8)
    const type = String.fromCharCode(header[156] ?? 0)
    const start = offset + 512
    // '0' and NUL are regular files; pax headers ('x', 'g') and directories are skipped.
    if (type === '0' || type === '\0') return tar.subarray(start, start + size)
    offset = start + Math.ceil(size / 512) * 512
  }
  return undefined
}
