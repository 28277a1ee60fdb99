import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/exec/sandbox.ts
import { spawnSync } from "node:child_process";
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join, resolve } from "node:path";
var SANDBOX_BASE_ENV = ["PATH", "LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE", "TZ"];
var NEVER_PASSED = [
  "WEBHOOK_SECRET",
  "PRIVATE_KEY",
  "PRIVATE_KEY_PATH",
  "APP_ID",
  "DATABASE_URL",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GITHUB_CLIENT_SECRET",
  "ODA_API_KEYS"
];
var SandboxConfigError = class extends Error {
  name = "SandboxConfigError";
  /** A configuration error of the operator's: the CLI exits 2 (see isUsageError). */
  usage = true;
};
function sandboxFromEnv(hostEnv, o = {}) {
  const named = (hostEnv["ODA_SANDBOX_ENV"] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const bad = named.filter(
    (n) => NEVER_PASSED.includes(n) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)
  );
  if (bad.length > 0)
    throw new SandboxConfigError(
      `ODA_SANDBOX_ENV names ${bad.join(", ")}: the App's own secrets (${NEVER_PASSED.join(", ")}) and names that are not variable names are never passed to repository code`
    );
  const env = {};
  for (const name of [...SANDBOX_BASE_ENV, ...named]) {
    const v = hostEnv[name];
    if (v !== void 0) env[name] = v;
  }
  env["PATH"] ??= "/usr/local/bin:/usr/bin:/bin";
  env["LANG"] ??= "C.UTF-8";
  const limits = [];
  const uid = o.uid ?? process.getuid?.() ?? -1;
  let user;
  if (uid === 0) {
    const name = hostEnv["ODA_SANDBOX_USER"] || "nobody";
    user = lookupUser(name);
    if (user.uid === 0)
      throw new SandboxConfigError(`ODA_SANDBOX_USER is ${name}, which is root: name an unprivileged user`);
  } else {
    limits.push("the App does not run as root, so repository code runs as the App user (environment confined only)");
  }
  const pidNamespace = user !== void 0 && (o.probeNamespace ?? canUnsharePid)();
  if (user && !pidNamespace) limits.push("unshare --pid is not available: no PID namespace of its own");
  return { env, user, pidNamespace, limits };
}
function lookupUser(name) {
  const lines = readFileSync("/etc/passwd", "utf8").split("\n");
  for (const line of lines) {
    const f = line.split(":");
    if (f.length < 4) continue;
    if (f[0] === name || f[2] === name) return { name: f[0], uid: Number(f[2]), gid: Number(f[3]) };
  }
  throw new SandboxConfigError(`ODA_SANDBOX_USER is ${name}, which is not a user of this machine (/etc/passwd)`);
}
var unshareWorks;
function canUnsharePid() {
  unshareWorks ??= spawnSync("unshare", ["--pid", "--fork", "--kill-child", "--mount-proc", "true"], {
    stdio: "ignore",
    timeout: 1e4
  }).status === 0;
  return unshareWorks;
}
function sandboxCommand(sandbox, cmd) {
  const dir = mkdtempSync(join(tmpdir(), "oda-sandbox-"));
  const home = join(dir, "home");
  const tmp = join(dir, "tmp");
  mkdirSync(home, { mode: 448 });
  mkdirSync(tmp, { mode: 448 });
  if (sandbox.user) for (const d of [dir, home, tmp]) chownSync(d, sandbox.user.uid, sandbox.user.gid);
  chmodSync(dir, 448);
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const env = {
    ...sandbox.env,
    HOME: home,
    TMPDIR: tmp,
    TMP: tmp,
    TEMP: tmp,
    USER: sandbox.user?.name ?? "oda"
  };
  for (const [k, v] of Object.entries(cmd.env ?? {})) if (v !== void 0) env[k] = v;
  const program = resolveProgram(cmd.file, env["PATH"] ?? "", cmd.cwd);
  if (!program) return { file: cmd.file, args: [...cmd.args], env, dir, missing: cmd.file, dispose };
  let file = program;
  let args = [...cmd.args];
  if (sandbox.user) {
    const u = sandbox.user;
    args = [`--reuid=${u.uid}`, `--regid=${u.gid}`, "--clear-groups", "--no-new-privs", "--", file, ...args];
    file = "setpriv";
    if (sandbox.pidNamespace) {
      args = ["--pid", "--fork", "--kill-child", "--mount-proc", file, ...args];
      file = "unshare";
    }
  }
  return { file, args, env, dir, dispose };
}
function resolveProgram(file, path, cwd) {
  const candidates = file.includes("/") ? [isAbsolute(file) ? file : resolve(cwd, file)] : path.split(delimiter).filter(Boolean).map((d) => join(d, file));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      if (statSync(c).isFile()) return c;
    } catch {
    }
  }
  return void 0;
}
function readableBy(path, user) {
  const st = statSync(path);
  if (st.uid === user.uid) return (st.mode & 256) !== 0;
  if (st.gid === user.gid) return (st.mode & 32) !== 0;
  return (st.mode & 4) !== 0;
}

// src/exec/line-splitter.ts
var LineSplitter = class {
  #onLine;
  #max;
  #parts = [];
  #pending = 0;
  /** Characters searched or copied so far: grows linearly with the input (tests assert it). */
  work = 0;
  constructor(onLine, maxLineChars = 1024 * 1024) {
    this.#onLine = onLine;
    this.#max = maxLineChars;
  }
  /** Adds a chunk; calls `onLine` for every line (or piece) it completes. */
  push(chunk) {
    let from = 0;
    for (; ; ) {
      const nl = chunk.indexOf("\n", from);
      this.work += (nl < 0 ? chunk.length : nl + 1) - from;
      if (nl < 0) break;
      this.#emit(chunk.slice(from, nl), false);
      from = nl + 1;
    }
    if (from < chunk.length) this.#keep(chunk.slice(from));
  }
  /** True while `end` hands on a last line that no line break followed. */
  ending = false;
  /** Hands on the last line when the stream ended without a line break. */
  end() {
    if (this.#pending === 0) return;
    this.ending = true;
    this.#emit("", false);
  }
  #keep(piece) {
    this.#parts.push(piece);
    this.#pending += piece.length;
    while (this.#pending >= this.#max) {
      const all = this.#take();
      this.work += all.length;
      this.#onLine(all.slice(0, this.#max), true);
      const rest = all.slice(this.#max);
      if (rest.length > 0) {
        this.#parts.push(rest);
        this.#pending = rest.length;
      }
    }
  }
  #emit(tail, partial) {
    if (this.#pending === 0) {
      this.#onLine(tail, partial);
      return;
    }
    this.#parts.push(tail);
    const line = this.#take();
    this.work += line.length;
    this.#onLine(line, partial);
  }
  #take() {
    const s = this.#parts.length === 1 ? this.#parts[0] : this.#parts.join("");
    this.#parts = [];
    this.#pending = 0;
    return s;
  }
};

// src/exec/run-command.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
async function runCommand(runOptions) {
  if (!runOptions.sandbox) return run(runOptions);
  const boxed = sandboxCommand(runOptions.sandbox, {
    file: runOptions.file,
    args: runOptions.args,
    cwd: runOptions.cwd ?? process.cwd(),
    ...runOptions.env ? { env: runOptions.env } : {}
  });
  const command = [runOptions.file, ...runOptions.args].join(" ");
  try {
    if (boxed.missing !== void 0)
      return {
        exitCode: void 0,
        stdout: "",
        stderr: `${boxed.missing}: program not found on the sandbox PATH or not executable`,
        timedOut: false,
        cancelled: false,
        durationMs: 0,
        command: runOptions.redactor ? runOptions.redactor.redact(command) : command
      };
    const r = await run({ ...runOptions, file: boxed.file, args: boxed.args, env: boxed.env, extendEnv: false });
    return { ...r, command: runOptions.redactor ? runOptions.redactor.redact(command) : command };
  } finally {
    boxed.dispose();
  }
}
async function run(runOptions) {
  const started = performance.now();
  const redact = (s) => runOptions.redactor ? runOptions.redactor.redact(s) : s;
  const max = runOptions.maxBuffer ?? 1024 * 1024;
  const buffers = { stdout: new TailBuffer(max), stderr: new TailBuffer(max) };
  const { execa } = await import("./chunk-J3KT7DZT.js");
  const child = execa(runOptions.file, [...runOptions.args], {
    cwd: runOptions.cwd,
    env: runOptions.env,
    extendEnv: runOptions.extendEnv ?? true,
    detached: true,
    reject: false,
    buffer: false,
    input: runOptions.holdStdin ? void 0 : runOptions.input,
    stdin: runOptions.input === void 0 ? "ignore" : "pipe"
  });
  if (runOptions.holdStdin && runOptions.input !== void 0 && child.stdin) {
    const stdin = child.stdin;
    stdin.on("error", () => void 0);
    stdin.write(runOptions.input);
    child.nodeChildProcess.once("exit", () => stdin.destroy());
  }
  let timedOut = false;
  let cancelled = false;
  const killGroup = () => {
    if (child.pid === void 0) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
    }
    setTimeout(() => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    }, 2e3).unref();
  };
  const timer = runOptions.timeoutMs !== void 0 ? setTimeout(
    () => {
      timedOut = true;
      killGroup();
    },
    Math.min(runOptions.timeoutMs, MAX_TIMER_MS)
  ) : void 0;
  const onAbort = () => {
    cancelled = true;
    killGroup();
  };
  if (runOptions.signal?.aborted) onAbort();
  runOptions.signal?.addEventListener("abort", onAbort, { once: true });
  const pump = async (stream) => {
    const readable = child[stream];
    if (!readable) return;
    const splitter = new LineSplitter((raw, partial) => {
      const line = redact(raw);
      buffers[stream].push(partial || splitter.ending ? line : line + "\n");
      runOptions.onLine?.(line, stream, partial);
    }, runOptions.maxLineChars);
    const decoder = new TextDecoder();
    for await (const chunk of readable)
      splitter.push(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    splitter.push(decoder.decode());
    splitter.end();
  };
  const [result] = await Promise.all([child, pump("stdout"), pump("stderr")]);
  if (timer) clearTimeout(timer);
  runOptions.signal?.removeEventListener("abort", onAbort);
  return {
    exitCode: result.exitCode,
    stdout: buffers.stdout.toString(),
    stderr: buffers.stderr.toString(),
    timedOut,
    cancelled: cancelled && !timedOut,
    durationMs: Math.round(performance.now() - started),
    command: redact([runOptions.file, ...runOptions.args].join(" "))
  };
}
var TailBuffer = class {
  #parts = [];
  #length = 0;
  max;
  constructor(max) {
    this.max = max;
  }
  push(s) {
    this.#parts.push(s);
    this.#length += s.length;
    while (this.#length > this.max && this.#parts.length > 1) this.#length -= this.#parts.shift().length;
  }
  toString() {
    const s = this.#parts.join("");
    return s.length > this.max ? s.slice(s.length - this.max) : s;
  }
};

export {
  LineSplitter,
  SandboxConfigError,
  sandboxFromEnv,
  readableBy,
  MAX_TIMER_MS,
  runCommand
};
