import { readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from '@vitest/coverage-v8'
import type { CoverageProviderModule } from 'vitest/node'

// @vitest/coverage-v8 with one addition: coverage of the committed bundle (dist/cli.js),
// which scenario tests run in child processes, is mapped back to src/ and app/.
//
// With `autoAttachSubprocess` every child started with NODE_V8_COVERAGE writes its V8
// coverage, and Vitest converts it; but for a plain .js file it has no source map, so the
// bundle would count as one 5 MB file. dist/ is committed and built without a source map
// (check-dist compares it byte for byte), so the map is made here: the same esbuild build
// in memory with `sourcemap: 'external'`, whose code is the committed code but for the
// content-hashed chunk names (see bundleWithMaps). When dist/ is not what the sources build, the map would lie: that is an error.

const root = resolve(import.meta.dirname, '..', '..')
const bundleDir = join(root, 'dist')
const isBundle = (file: string): boolean => file.startsWith(`${bundleDir}/`) && file.endsWith('.js')

type Sources = { code: string; map?: { sources: string[]; [k: string]: unknown } | null }
type Loc = { start: { line: number; column: number } }
type FileData = { path: string; statementMap: Record<string, Loc>; s: Record<string, number> }
type V8Provider = {
  remapCoverage(url: string, wrapper: number, sources: Sources, functions: unknown[]): Promise<Record<string, FileData>>
  getSources(url: string, onTransform: unknown, functions?: unknown[], extended?: boolean): Promise<Sources>
  isIncluded(file: string, root?: string): boolean
  generateCoverage(o: unknown): Promise<{ filter(keep: (file: string) => boolean): void }>
}

let maps: Promise<Map<string, Sources>> | undefined

/**
 * The bundle's files with their source maps, built once per coverage run. The bundle is split
 * into chunks named for a hash of their content, and a build with source maps hashes
 * differently, so the two builds are paired file by file (esbuild emits them in the same
 * order) and the map of each file of the map build is used for the committed file of the
 * plain build. Hashes have one length, so renaming chunks moves no line or column.
 */
function bundleWithMaps(): Promise<Map<string, Sources>> {
  maps ??= (async () => {
    const { build } = await import('esbuild')
    const { bundleOptions } = await import('../../scripts/bundle.mjs')
    const plain = (await build({ ...bundleOptions(bundleDir), write: false })).outputFiles ?? []
    const mapped = (await build({ ...bundleOptions(bundleDir), write: false, sourcemap: 'external' })).outputFiles ?? []
    const plainJs = plain.filter((f) => f.path.endsWith('.js'))
    const mappedJs = mapped.filter((f) => f.path.endsWith('.js'))
    if (plainJs.length !== mappedJs.length) throw new Error('the bundle builds with and without source maps differ')
    const rename = new Map(mappedJs.map((f, i) => [basename(f.path), basename(plainJs[i]!.path)]))
    const renamed = (text: string): string => text.replace(/chunk-[A-Z0-9]+\.js/g, (name) => rename.get(name) ?? name)
    const out = new Map<string, Sources>()
    for (const [i, file] of plainJs.entries()) {
      const committed = await readFile(file.path, 'utf8').catch(() => '')
      if (committed !== file.text)
        throw new Error(`${file.path} is not what the sources build: run "npm run build" before measuring coverage`)
      const twin = mappedJs[i]!
      if (renamed(twin.text) !== file.text)
        throw new Error(`${basename(file.path)}: the build with source maps is not the same code`)
      const map = JSON.parse(mapped.find((f) => f.path === `${twin.path}.map`)!.text)
      const url = pathToFileURL(file.path).href
      map.sources = map.sources.map((s: string) => new URL(s, url).href)
      map.file = basename(file.path)
      out.set(file.path, { code: file.text, map })
    }
    return out
  })()
  return maps
}

// The worker side is @vitest/coverage-v8's own, called on its module object: Vitest may load
// this file more than once in a worker, and the inspector session lives on that object.
/**
 * esbuild maps a few bytes of the bundle to each `import` line of a module, so the bundle's
 * coverage would count import declarations as statements, which in-process coverage (and
 * any reader) does not. They are dropped, so both kinds of run count the same statements.
 */
async function dropImportStatements(file: FileData): Promise<void> {
  const lines = (await readFile(file.path, 'utf8').catch(() => '')).split('\n')
  const statementMap: Record<string, Loc> = {}
  const s: Record<string, number> = {}
  let next = 0
  for (const [id, loc] of Object.entries(file.statementMap)) {
    const text = lines[loc.start.line - 1]?.slice(loc.start.column) ?? ''
    if (loc.start.column === 0 && /^(import|export \{[^}]*\} from|export \* from)\b/.test(text)) continue
    statementMap[next] = loc
    s[next++] = file.s[id] ?? 0
  }
  file.statementMap = statementMap
  file.s = s
}

const provider: CoverageProviderModule = {
  startCoverage: (o) => v8.startCoverage?.(o),
  takeCoverage: (o) => v8.takeCoverage?.(o),
  stopCoverage: (o) => v8.stopCoverage?.(o),
  async getProvider() {
    const p = (await v8.getProvider()) as unknown as V8Provider
    const getSources = p.getSources.bind(p)
    p.getSources = async (url, onTransform, functions, extended) => {
      const file = url.startsWith('file:') ? fileURLToPath(url) : url
      if (extended && isBundle(file)) {
        const built = (await bundleWithMaps()).get(file)
        if (built) return built
      }
      return getSources(url, onTransform, functions, extended)
    }
    const remapCoverage = p.remapCoverage.bind(p)
    p.remapCoverage = async (url, wrapper, sources, functions) => {
      const data = await remapCoverage(url, wrapper, sources, functions)
      if (url.startsWith('file:') && isBundle(fileURLToPath(url)))
        for (const file of Object.values(data)) await dropImportStatements(file)
      return data
    }
    const isIncluded = p.isIncluded.bind(p)
    p.isIncluded = (file, dir) => isBundle(file) || isIncluded(file, dir)
    const generateCoverage = p.generateCoverage.bind(p)
    p.generateCoverage = async (o) => {
      const map = await generateCoverage(o)
      map.filter((file) => !isBundle(file))
      return map
    }
    return p as unknown as Awaited<ReturnType<CoverageProviderModule['getProvider']>>
  },
}

export default provider
