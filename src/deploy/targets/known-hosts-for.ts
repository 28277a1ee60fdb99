/**
 * known_hosts text for one target. OpenSSH looks up a non-22 port as `[host]:port`, while
 * `ssh-keyscan HOST` output and hand-written entries often name the bare host; an entry for
 * the bare host is repeated for `[host]:port` so the same key is trusted on the configured
 * port. Nothing else is added: other hosts' entries stay as they are, and no key is invented.
 */
export function knownHostsFor(text: string, host: string, port: number): string {
  const lines = text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => l.trim().length > 0)
  if (port === 22) return lines.join('\n') + '\n'
  const extra: string[] = []
  for (const line of lines) {
    const [names = '', ...rest] = line.trim().split(/\s+/)
    if (!names.startsWith('|') && names.split(',').includes(host)) extra.push(`[${host}]:${port} ${rest.join(' ')}`)
  }
  return [...lines, ...extra].join('\n') + '\n'
}
