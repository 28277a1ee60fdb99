import type { CheckRunState } from '../../src/sim/sim-state.ts'

/** A check run as `oda sandbox pr` prints it (and as tools reading `--format json` get it). */
export interface SandboxCheckRun {
  name: string
  status: string
  conclusion: string | null
  title: string | null
  summary: string | null
  text: string | null
  annotations: {
    path: string
    startLine: number
    endLine: number
    level: string
    title: string | null
    message: string
  }[]
  detailsUrl: string | null
}

/** Maps the simulator's record of a check run to the printed shape. */
export function toSandboxCheckRun(run: CheckRunState): SandboxCheckRun {
  return {
    name: run.name,
    status: run.status,
    conclusion: run.conclusion,
    title: run.output.title,
    summary: run.output.summary,
    text: run.output.text,
    annotations: run.output.annotations.map((a) => ({
      path: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      level: a.annotation_level,
      title: typeof a['title'] === 'string' ? a['title'] : null,
      message: a.message,
    })),
    detailsUrl: run.detailsUrl,
  }
}

/** The app's verdict over a PR's check runs: 0 when every one is success, neutral or skipped. */
export function sandboxVerdict(runs: readonly SandboxCheckRun[]): 0 | 1 {
  return runs.every(
    (r) =>
      r.status === 'completed' &&
      (r.conclusion === 'success' || r.conclusion === 'neutral' || r.conclusion === 'skipped'),
  )
    ? 0
    : 1
}
