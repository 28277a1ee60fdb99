import { startApp } from './server.ts'

// Entry of the App as its own process (`node app/main.ts`): GitHub App settings from the environment.
const host = await startApp({ env: process.env })
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void host.close().then(() => process.exit(0)))
}
