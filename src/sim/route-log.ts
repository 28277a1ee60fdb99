/** One request the simulator answered. */
export interface RouteLogEntry {
  at: string
  /** Milliseconds since the epoch when the answer was sent (pacing tests compare these). */
  atMs: number
  /** Installation whose token made the call, when one did. */
  installationId?: number
  method: string
  /** Path and query as sent. */
  url: string
  /** The served operation (`POST /repos/{owner}/{repo}/check-runs`), or undefined when unhandled. */
  route: string | undefined
  status: number
  /** Why it was refused, when it was (validation message, fault, auth). */
  note?: string
}

/** Every call, in arrival order; `format()` is what a failing test should print. */
export class RouteLog {
  readonly entries: RouteLogEntry[] = []

  add(entry: RouteLogEntry): void {
    this.entries.push(entry)
  }

  /** Entries for one served operation (`'POST /repos/{owner}/{repo}/check-runs'`). */
  calls(route: string): RouteLogEntry[] {
    return this.entries.filter((e) => e.route === route)
  }

  clear(): void {
    this.entries.length = 0
  }

  format(): string {
    return this.entries
      .map((e) => `${e.at} ${e.status} ${e.method} ${e.url}${e.note ? `  (${e.note})` : ''}`)
      .join('\n')
  }
}
