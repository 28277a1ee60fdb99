// `npm test` runs lint, typecheck and check-dist before the tests. Each is one thread, so on a
// two-core machine running them side by side takes the time of the slowest instead of the
// sum. Output is printed per check once it ends, so lines never interleave; the exit code is
// the first failing check's (1 when a check was killed by a signal).
import { spawn } from 'node:child_process'

const checks = ['lint', 'typecheck', 'check-dist']
const npm = process.env['npm_execpath']
const started = performance.now()

const results = await Promise.all(
  checks.map(
    (name) =>
      new Promise((resolve) => {
        // Through npm, as `npm run <name>` would: same scripts, same PATH.
        const [cmd, args] = npm
          ? [process.execPath, [npm, 'run', '--silent', name]]
          : ['npm', ['run', '--silent', name]]
        const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
        const out = []
        child.stdout.on('data', (d) => out.push(d))
        child.stderr.on('data', (d) => out.push(d))
        child.on('close', (code) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1)
          process.stdout.write(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)\n`)
          if (out.length > 0) process.stdout.write(Buffer.concat(out))
          resolve(code ?? 1)
        })
      }),
  ),
)
process.exitCode = results.find((code) => code !== 0) ?? 0
