import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/deploy/targets/open-target.ts
import { readFile } from "node:fs/promises";

// src/deploy/targets/local-executor.ts
function createLocalExecutor(host) {
  return {
    label: "local",
    async run(r) {
      const result = await host.exec("sh", ["-c", r.script], {
        cwd: host.cwd,
        env: r.env,
        timeoutMs: r.timeoutMs,
        onLine: r.onLine,
        input: r.input,
        ...r.signal ? { signal: r.signal } : {}
      });
      return {
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        timedOut: result.timedOut,
        cancelled: result.cancelled,
        durationMs: result.durationMs
      };
    },
    async close() {
    }
  };
}

// src/deploy/targets/ssh-executor.ts
import { writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/deploy/targets/sh-quote.ts
function shQuote(value) {
  if (value.includes("\0")) throw new Error("a NUL byte cannot be passed to a shell");
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// src/deploy/targets/build-remote-script.ts
var CWD_MISSING_EXIT = 97;
function buildRemoteScript(remote) {
  const lines = ["oda_main() {"];
  for (const [name, value] of Object.entries(remote.env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid environment variable name "${name}"`);
    lines.push(`export ${name}=${shQuote(value)}`);
  }
  lines.push(`ODA_STEP_SCRIPT=${shQuote(remote.script)}`);
  if (remote.cwd) lines.push(`cd -- ${shQuote(remote.cwd)} || exit ${CWD_MISSING_EXIT}`);
  const seconds = Math.max(1, Math.ceil(remote.timeoutS));
  lines.push(
    `if command -v timeout >/dev/null 2>&1; then timeout -k 5 ${seconds} sh -c "$ODA_STEP_SCRIPT" </dev/null & else sh -c "$ODA_STEP_SCRIPT" </dev/null & fi`,
    "oda_step=$!",
    // timeout leads the step's process group: TERM to it reaches the whole group.
    '{ cat >/dev/null; kill -TERM "$oda_step"; sleep 3; kill -KILL -- -"$oda_step" "$oda_step"; } <&3 >/dev/null 2>&1 &',
    "oda_watch=$!",
    'wait "$oda_step"',
    "oda_status=$?",
    'kill -KILL "$oda_watch" 2>/dev/null',
    'return "$oda_status"',
    "}",
    "exec 3<&0; oda_main; exit $?"
  );
  return lines.join("\n") + "\n";
}

// src/deploy/targets/ssh-key-dir.ts
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var PREFIX = "oda-ssh-";
var OWNED = /^oda-ssh-(\d+)-[A-Za-z0-9]{6}$/;
var live = /* @__PURE__ */ new Set();
var hooked = false;
function makeSshKeyDir() {
  sweepSshKeyDirs();
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.once("exit", removeAll);
    for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"])
      if (process.listenerCount(sig) === 0)
        process.once(sig, () => {
          removeAll();
          process.kill(process.pid, sig);
        });
  }
  return {
    dir,
    dispose() {
      live.delete(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
function removeAll() {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}
function sweepSshKeyDirs(root = tmpdir()) {
  const removed = [];
  let names;
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = OWNED.exec(name)?.[1];
    if (pid === void 0 || isAlive(Number(pid))) continue;
    const dir = join(root, name);
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}
function isAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

// src/deploy/targets/ssh-executor.ts
var LOCAL_GRACE_S = 10;
async function createSshExecutor(target) {
  const { dir, dispose } = makeSshKeyDir();
  const keyPath = join2(dir, "id");
  const knownHostsPath = join2(dir, "known_hosts");
  try {
    await writeFile(keyPath, target.privateKey.endsWith("\n") ? target.privateKey : target.privateKey + "\n", {
      mode: 384
    });
    await writeFile(knownHostsPath, target.knownHosts.endsWith("\n") ? target.knownHosts : target.knownHosts + "\n", {
      mode: 384
    });
  } catch (error) {
    dispose();
    throw error;
  }
  const base = [
    "-F",
    "/dev/null",
    "-o",
    "BatchMode=yes",
    "-o",
    "StrictHostKeyChecking=yes",
    "-o",
    `UserKnownHostsFile=${knownHostsPath}`,
    "-o",
    "GlobalKnownHostsFile=/dev/null",
    "-o",
    "IdentitiesOnly=yes",
    "-o",
    `IdentityFile=${keyPath}`,
    "-o",
    `ConnectTimeout=${target.connectTimeoutS}`,
    "-o",
    "ServerAliveInterval=15",
    "-o",
    "LogLevel=ERROR",
    "-p",
    String(target.port),
    "-l",
    target.user
  ];
  const label = `ssh://${target.user}@${target.host}:${target.port}`;
  return {
    label,
    async run(r) {
      const timeoutS = Math.max(1, Math.ceil(r.timeoutMs / 1e3));
      const script = buildRemoteScript({ script: r.script, env: r.env ?? {}, cwd: target.cwd, timeoutS });
      const result = await target.exec("ssh", [...base, "--", target.host, "sh -s"], {
        input: script,
        holdStdin: true,
        timeoutMs: (timeoutS + LOCAL_GRACE_S) * 1e3,
        onLine: r.onLine,
        ...r.signal ? { signal: r.signal } : {}
      });
      const remoteTimedOut = result.exitCode === 124 || result.exitCode === 137;
      return {
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        timedOut: result.timedOut || remoteTimedOut,
        cancelled: result.cancelled,
        durationMs: result.durationMs
      };
    },
    close() {
      dispose();
      return Promise.resolve();
    }
  };
}

// src/deploy/targets/target-error.ts
var TargetError = class extends Error {
  name = "TargetError";
  /** Config field at fault, e.g. `environments.prod.target.keySecret`. */
  field;
  constructor(field, message, options) {
    super(`${field}: ${message}`, options);
    this.field = field;
  }
};

// src/deploy/targets/known-hosts-for.ts
function knownHostsFor(text, host, port) {
  const lines = text.replace(/\r\n/g, "\n").split("\n").filter((l) => l.trim().length > 0);
  if (port === 22) return lines.join("\n") + "\n";
  const extra = [];
  for (const line of lines) {
    const [names = "", ...rest] = line.trim().split(/\s+/);
    if (!names.startsWith("|") && names.split(",").includes(host)) extra.push(`[${host}]:${port} ${rest.join(" ")}`);
  }
  return [...lines, ...extra].join("\n") + "\n";
}

// src/deploy/targets/open-target.ts
async function openTarget(setup) {
  const t = setup.env.target;
  const field = `environments.${setup.envName}.target`;
  if (t.type === "local") return createLocalExecutor({ exec: setup.ctx.exec, cwd: t.cwd || setup.ctx.cwd });
  const privateKey = setup.ctx.env[t.keySecret];
  if (!privateKey)
    throw new TargetError(
      `${field}.keySecret`,
      `the secret ${t.keySecret} is not set; pass the SSH private key in that environment variable`
    );
  setup.ctx.redact.addValue(privateKey);
  let knownHosts = t.knownHosts;
  if (!knownHosts && t.knownHostsFile) {
    try {
      knownHosts = await readFile(t.knownHostsFile, "utf8");
    } catch (error) {
      throw new TargetError(`${field}.knownHostsFile`, `cannot read ${t.knownHostsFile}`, { cause: error });
    }
  }
  if (!knownHosts.trim())
    throw new TargetError(
      `${field}.knownHosts`,
      "no known host key: oda never trusts an unknown SSH host; add the output of `ssh-keyscan -p PORT HOST`"
    );
  const key = privateKey.replace(/\r\n/g, "\n");
  return createSshExecutor({
    host: t.host,
    port: t.port,
    user: t.user,
    knownHosts: knownHostsFor(knownHosts, t.host, t.port),
    privateKey: key,
    cwd: t.cwd,
    connectTimeoutS: t.connectTimeoutS,
    exec: setup.ctx.exec
  });
}

export {
  openTarget
};
