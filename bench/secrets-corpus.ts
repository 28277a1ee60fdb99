// Builds the secret-scanner benchmark corpus from the npm registry, so anyone can rebuild it:
//   npm pack typescript@5.6.3 lodash@4.17.21 @types/node@22.10.1 aws-sdk@2.1692.0
// unpacked under ~/.cache/oda-bench/secrets-corpus (or $ODA_BENCH_CACHE), outside the repository.
// Usage: node bench/secrets-corpus.ts   (idempotent: a complete corpus is reused)
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runCommand } from '../src/exec/run-command.ts'

export const CORPUS_PACKAGES = [
  'typescript@5.6.3',
  'lodash@4.17.21',
  '@types/node@22.10.1',
  'aws-sdk@2.1692.0',
] as const

/** Where the corpus lives. */
export function corpusDir(): string {
  return join(process.env.ODA_BENCH_CACHE ?? join(homedir(), '.cache', 'oda-bench'), 'secrets-corpus')
}

/** Downloads and unpacks the corpus if it is not complete yet; returns its directory. */
export async function buildSecretsCorpus(): Promise<string> {
  const dir = corpusDir()
  const done = join(dir, '.complete')
  if (existsSync(done)) return dir
  const packs = join(dir, '..', 'secrets-packs')
  mkdirSync(packs, { recursive: true })
  mkdirSync(dir, { recursive: true })
  for (const spec of CORPUS_PACKAGES) {
    const r = await runCommand({
      file: 'npm',
      args: ['pack', spec, '--silent', '--pack-destination', packs],
      cwd: packs,
      timeoutMs: 300_000,
    })
    if (r.exitCode !== 0) throw new Error(`npm pack ${spec} failed: ${r.stderr.slice(-500)}`)
  }
  for (const tgz of readdirSync(packs).filter((f) => f.endsWith('.tgz'))) {
    const target = join(dir, tgz.replace(/\.tgz$/, ''))
    mkdirSync(target, { recursive: true })
    const r = await runCommand({ file: 'tar', args: ['-xzf', join(packs, tgz), '-C', target], timeoutMs: 300_000 })
    if (r.exitCode !== 0) throw new Error(`tar ${tgz} failed: ${r.stderr.slice(-500)}`)
  }
  writeFileSync(done, CORPUS_PACKAGES.join('\n') + '\n')
  return dir
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = await buildSecretsCorpus()
  console.log(`corpus ready: ${dir}`)
  console.log(JSON.stringify({ bench: 'secrets-corpus', dir, packages: CORPUS_PACKAGES }))
}
