import { afterAll } from 'vitest'

// Unit test files share worker processes (vitest.config.ts: isolate false), so whatever a
// file leaves in the process is what the next file starts with. This setup file runs
// before each of them: it takes a snapshot of the process state that code under test could
// change and, when the file is done, restores it and fails that file, naming what leaked.
// Restoring keeps the next file honest; failing makes the leak get fixed where it starts.

const env = { ...process.env }
const cwd = process.cwd()
const exitCode = process.exitCode
const umask = process.umask()
const globals = new Set(Reflect.ownKeys(globalThis))
// Globals the test runner adds while a file runs, and process-wide caches libraries create
// on first use (zod's schema registry, undici's connection pool for fetch, signal-exit's emitter): not per-test
// state, and removing them would only make the next file build them again.
const sharedGlobal = /^(__vitest|__VITEST|__vite|__VITE|__coverage__|__zod_|undici\.|signal-exit )/

afterAll(() => {
  const leaks: string[] = []
  for (const name of new Set([...Object.keys(env), ...Object.keys(process.env)])) {
    if (process.env[name] === env[name]) continue
    leaks.push(`environment variable ${name} ${name in env ? 'changed' : 'added'}`)
    if (env[name] === undefined) delete process.env[name]
    else process.env[name] = env[name]
  }
  if (process.cwd() !== cwd) {
    leaks.push(`working directory changed to ${process.cwd()}`)
    process.chdir(cwd)
  }
  if (process.exitCode !== exitCode) {
    leaks.push(`process.exitCode set to ${String(process.exitCode)}`)
    process.exitCode = exitCode
  }
  if (process.umask() !== umask) {
    leaks.push(`umask changed to ${process.umask().toString(8)}`)
    process.umask(umask)
  }
  for (const key of Reflect.ownKeys(globalThis)) {
    if (globals.has(key) || sharedGlobal.test(typeof key === 'string' ? key : (key.description ?? ''))) continue
    leaks.push(`global ${String(key)} added`)
    Reflect.deleteProperty(globalThis, key)
  }
  if (leaks.length > 0)
    throw new Error(`this file leaves state behind for the next file in its worker:\n  ${leaks.join('\n  ')}`)
})
