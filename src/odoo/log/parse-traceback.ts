import type { TraceFrame } from './odoo-log-types.ts'

/** One `Traceback (most recent call last):` block and the exception that ends it. */
export interface TracebackBlock {
  frames: TraceFrame[]
  /** `KeyError: 'missing_key'`, possibly several lines. */
  exception: string
}

const FRAME = /^\s*File "([^"]+)", line (\d+), in (.+)$/

/**
 * Splits traceback text into blocks; chained exceptions (`The above exception was the direct
 * cause...`) give several blocks, the last one being what was finally raised.
 */
export function parseTraceback(lines: readonly string[]): TracebackBlock[] {
  const blocks: TracebackBlock[] = []
  let current: TracebackBlock | undefined
  let exception: string[] = []
  let inFrames = false
  const flush = (): void => {
    if (current) current.exception = exception.join('\n').trim()
    exception = []
  }
  for (const raw of lines) {
    const line = raw.trimEnd()
    if (line.startsWith('Traceback (most recent call last)')) {
      flush()
      current = { frames: [], exception: '' }
      blocks.push(current)
      inFrames = true
      continue
    }
    if (!current) continue
    const frame = FRAME.exec(line)
    if (frame) {
      current.frames.push({ file: frame[1]!, line: Number(frame[2]), function: frame[3]! })
      inFrames = true
      continue
    }
    // Source lines and `^^^^` markers under a frame are indented by four spaces.
    if (inFrames && line.startsWith('    ')) continue
    if (
      line.startsWith('The above exception was the direct cause') ||
      line.startsWith('During handling of the above exception')
    ) {
      flush()
      current = undefined
      inFrames = false
      continue
    }
    inFrames = false
    exception.push(line)
  }
  flush()
  return blocks
}

/** The last frame whose file lies under `segment` (e.g. `/ci_demo/tests/`), if any. */
export function lastFrameUnder(frames: readonly TraceFrame[], segment: string): TraceFrame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.file.includes(segment)) return frames[i]
  return undefined
}
