import { UsageError } from './usage-error.ts'

/** Options every command accepts, wherever they appear on the line. */
export interface GlobalOptions {
  format: string
  help: boolean
  dataDir: string | undefined
  /** Write an evidence pack for this run (`--evidence [root]`). */
  evidence: boolean
  evidenceRoot: string | undefined
  quiet: boolean
}

/** Splits global options off `argv`; the rest is the command and its own arguments. */
export function takeGlobalOptions(argv: readonly string[]): { options: GlobalOptions; rest: string[] } {
  const options: GlobalOptions = {
    format: 'text',
    help: false,
    dataDir: undefined,
    evidence: false,
    evidenceRoot: undefined,
    quiet: false,
  }
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      rest.push(...argv.slice(i))
      break
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined]
    const value = (): string => {
      if (inline !== undefined) return inline
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`)
      return v
    }
    if (name === '--format' || name === '-f') options.format = value()
    else if (name === '--help' || name === '-h') options.help = true
    else if (name === '--data-dir') options.dataDir = value()
    else if (name === '--evidence') {
      options.evidence = true
      if (inline !== undefined) options.evidenceRoot = inline
    } else if (name === '--quiet' || name === '-q') options.quiet = true
    else rest.push(arg)
  }
  return { options, rest }
}
