#!/usr/bin/env node
// Checked before anything else loads: older Node.js lacks node:sqlite and other APIs oda uses.
if (Number(process.versions.node.split('.')[0]) < 24) {
  process.stderr.write(`oda needs Node.js 24 or newer; this is Node.js ${process.versions.node}\n`)
  process.exit(2)
}
// A closed pipe (`oda ops | head -1`) ends the output; it is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
// The composition root: the CLI, and the faces it hosts as commands (oda action, start, sandbox, mcp).
const { processIo } = await import('../src/cli/cli-io.ts')
const { runCli } = await import('../src/cli/run-cli.ts')
const { hostedFaces } = await import('./hosted-faces.ts')
process.exitCode = await runCli(process.argv.slice(2), processIo(), hostedFaces)
