import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'

/** A running OpenSSH server on loopback with its own host key and one authorized client key. */
export interface TestSshd {
  host: string
  port: number
  user: string
  /** known_hosts line for this server (`[127.0.0.1]:port ssh-ed25519 ...`). */
  knownHosts: string
  /** OpenSSH private key accepted by the server. */
  privateKey: string
  /** Scratch folder the server lives in (removed by stop). */
  dir: string
  stop(): Promise<void>
}

/** A free TCP port on loopback, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function keygen(path: string): void {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'oda-test', '-f', path], { stdio: 'ignore' })
}

async function waitForBanner(port: number, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}`)
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('data', (d) => {
        socket.destroy()
        resolve(d.toString().startsWith('SSH-'))
      })
      socket.once('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('sshd did not answer within the deadline')
}

/**
 * Starts `/usr/sbin/sshd` in the foreground on 127.0.0.1 and a free port, with a host key,
 * an authorized key and a config of its own in a temp folder: nothing of the system's
 * sshd setup is used or changed (except that sshd needs /run/sshd to exist).
 */
export async function startSshd(): Promise<TestSshd> {
  const dir = mkdtempSync(join(tmpdir(), 'oda-sshd-'))
  keygen(join(dir, 'host_key'))
  keygen(join(dir, 'client_key'))
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')), { mode: 0o600 })
  if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 })
  const port = await freePort()
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${join(dir, 'host_key')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PubkeyAuthentication yes',
    'PermitRootLogin prohibit-password',
    'UsePAM no',
    'StrictModes no',
    'MaxSessions 50',
    'MaxStartups 50',
    'LogLevel ERROR',
    // sshd runs each command through the user's login shell, and bash sources ~/.bashrc
    // when sshd starts it at shell level 1. A developer's rc (pyenv, nvm) then costs seconds
    // per command and puts their tools on PATH; a deploy host has no such rc. Starting the
    // shell at level 2 keeps the test host's commands independent of the machine's dotfiles.
    'SetEnv SHLVL=1',
  ].join('\n')
  writeFileSync(join(dir, 'sshd_config'), config + '\n')
  const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  try {
    await waitForBanner(port, child, Date.now() + 10_000)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`could not start sshd: ${(error as Error).message}\n${stderr}`, { cause: error })
  }
  const hostPub = readFileSync(join(dir, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ')
  return {
    host: '127.0.0.1',
    port,
    user: userInfo().username,
    knownHosts: `[127.0.0.1]:${port} ${hostPub}\n`,
    privateKey: readFileSync(join(dir, 'client_key'), 'utf8'),
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
