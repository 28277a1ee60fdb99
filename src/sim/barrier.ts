/** A gate that holds requests until `count` of them have arrived, then lets all through. */
export interface Barrier {
  method?: string
  /** Served operation path or concrete path, as for faults. */
  path: string | RegExp
  count: number
  /** Resolves when `count` requests are waiting (before they are released). */
  readonly arrived: Promise<void>
  /** Releases whoever is waiting now and stops holding new requests. */
  release(): void
}

interface Gate extends Barrier {
  waiting: (() => void)[]
  open: boolean
  signalArrived: () => void
}

/**
 * Race tests: `sim.barrier({ path: '/repos/{owner}/{repo}/git/refs', count: 2 })` makes two
 * concurrent creates reach the handler together, so "exactly one wins" is really tested.
 */
export class Barriers {
  readonly #gates: Gate[] = []

  add(spec: { method?: string; path: string | RegExp; count: number }): Barrier {
    let signalArrived = (): void => {}
    const arrived = new Promise<void>((resolve) => {
      signalArrived = resolve
    })
    const gate: Gate = {
      ...spec,
      arrived,
      waiting: [],
      open: false,
      signalArrived,
      release: () => {
        gate.open = true
        for (const w of gate.waiting.splice(0)) w()
      },
    }
    this.#gates.push(gate)
    return gate
  }

  /** Waits at the first closed gate matching the request. */
  async pass(method: string, path: string, route: string | undefined): Promise<void> {
    const gate = this.#gates.find(
      (g) =>
        !g.open &&
        (!g.method || g.method.toUpperCase() === method) &&
        (g.path instanceof RegExp ? g.path.test(path) : g.path === path || (route?.endsWith(` ${g.path}`) ?? false)),
    )
    if (!gate) return
    const wait = new Promise<void>((resolve) => gate.waiting.push(resolve))
    if (gate.waiting.length >= gate.count) {
      gate.signalArrived()
      gate.release()
    }
    await wait
  }
}
