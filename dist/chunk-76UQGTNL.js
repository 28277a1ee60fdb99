import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  esm_default
} from "./chunk-H4D52SFG.js";

// src/deploy/health/get-json-path.ts
function getJsonPath(value, path) {
  let current = value;
  for (const segment of path.split(".").filter((s) => s.length > 0)) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (current !== null && typeof current === "object" && Object.hasOwn(current, segment))
      current = current[segment];
    else return void 0;
  }
  return current;
}
function jsonValueText(value) {
  return typeof value === "string" ? value : JSON.stringify(value) ?? "undefined";
}

// src/deploy/health/run-http-check.ts
async function runHttpCheck(c, signal) {
  const timeout = AbortSignal.timeout(c.timeoutS * 1e3);
  const res = await fetch(c.url, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    redirect: "manual",
    headers: { "user-agent": "oda-health" }
  });
  const body = await res.text();
  if (res.status !== c.expectStatus) return { ok: false, message: `HTTP ${res.status}, expected ${c.expectStatus}` };
  if (c.bodyContains && !body.includes(c.bodyContains))
    return { ok: false, message: `HTTP ${res.status}, body lacks "${c.bodyContains}"` };
  if (c.jsonPath) {
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, message: `HTTP ${res.status}, body is not JSON` };
    }
    const actual = getJsonPath(parsed, c.jsonPath);
    const text = actual === void 0 ? "missing" : jsonValueText(actual);
    if (c.jsonEquals && text !== c.jsonEquals)
      return { ok: false, message: `HTTP ${res.status}, ${c.jsonPath}=${text.slice(0, 80)}, expected ${c.jsonEquals}` };
    if (actual === void 0) return { ok: false, message: `HTTP ${res.status}, ${c.jsonPath} missing` };
    return { ok: true, message: `HTTP ${res.status}, ${c.jsonPath}=${text.slice(0, 80)}` };
  }
  return { ok: true, message: `HTTP ${res.status}` };
}

// src/deploy/health/run-tcp-check.ts
import { connect } from "node:net";
function runTcpCheck(c) {
  return new Promise((resolve) => {
    const socket = connect({ host: c.host, port: c.port });
    const done = (ok, message) => {
      socket.destroy();
      resolve({ ok, message });
    };
    socket.setTimeout(
      c.timeoutS * 1e3,
      () => done(false, `no connection to ${c.host}:${c.port} within ${c.timeoutS}s`)
    );
    socket.once("connect", () => done(true, `connected to ${c.host}:${c.port}`));
    socket.once("error", (e) => done(false, `${c.host}:${c.port}: ${e.code ?? e.message}`));
  });
}

// src/deploy/health/run-postgres-check.ts
async function runPostgresCheck(c, env) {
  const client = new esm_default.Client({
    host: c.host,
    port: c.port || 5432,
    user: c.user,
    database: c.database,
    password: c.passwordSecret ? env[c.passwordSecret] : void 0,
    connectionTimeoutMillis: c.timeoutS * 1e3,
    query_timeout: c.timeoutS * 1e3
  });
  client.on("error", () => {
  });
  try {
    await client.connect();
    const res = await client.query("SELECT 1 AS ok");
    return res.rows.length === 1 ? { ok: true, message: "SELECT 1 answered" } : { ok: false, message: "SELECT 1 returned no row" };
  } catch (error) {
    return { ok: false, message: `postgres ${c.host}:${c.port || 5432}/${c.database}: ${error.message}` };
  } finally {
    await client.end().catch(() => {
    });
  }
}

// src/deploy/health/run-check-once.ts
async function runCheckOnce(c, deps) {
  const started = performance.now();
  let outcome;
  try {
    outcome = await attempt(c, deps);
  } catch (error) {
    const e = error;
    outcome = {
      ok: false,
      message: e.name === "TimeoutError" ? `no answer within ${c.timeoutS}s` : `${e.cause?.code ?? e.message}`
    };
  }
  return { ...outcome, latencyMs: Math.round(performance.now() - started) };
}
async function attempt(c, deps) {
  switch (c.type) {
    case "http":
      return runHttpCheck(c, deps.signal);
    case "tcp":
      return runTcpCheck(c);
    case "postgres":
      return runPostgresCheck(c, deps.env);
    case "command": {
      if (!deps.target) return { ok: false, message: "no target to run the command on" };
      const r = await deps.target.run({ script: c.run, timeoutMs: c.timeoutS * 1e3 });
      const tail = (r.stdout + r.stderr).trim().split("\n").slice(-1)[0]?.slice(0, 120) ?? "";
      if (r.timedOut) return { ok: false, message: `timed out after ${c.timeoutS}s` };
      return { ok: r.exitCode === 0, message: `exit ${r.exitCode}${tail ? `: ${tail}` : ""}` };
    }
  }
}

// src/deploy/health/wait-healthy.ts
async function waitHealthy(wait) {
  const sleep = wait.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const started = performance.now();
  const deadline = started + wait.health.deadlineS * 1e3;
  const results = /* @__PURE__ */ new Map();
  let delayMs = wait.health.intervalS * 1e3;
  for (; ; ) {
    const pending = wait.health.checks.map((c, i) => ({ c, i })).filter(({ i }) => !results.get(i)?.ok);
    await Promise.all(
      pending.map(async ({ c, i }) => {
        const r = await runCheckOnce(c, wait.deps);
        results.set(i, {
          name: c.name,
          type: c.type,
          ok: r.ok,
          latencyMs: r.latencyMs,
          attempts: (results.get(i)?.attempts ?? 0) + 1,
          message: r.message
        });
      })
    );
    const all = wait.health.checks.map((_, i) => results.get(i));
    const ok = all.every((r) => r.ok);
    if (ok || performance.now() + delayMs > deadline || wait.deps.signal?.aborted)
      return { ok, results: all, durationMs: Math.round(performance.now() - started) };
    await sleep(delayMs);
    delayMs = Math.min(Math.max(delayMs * 2, 50), wait.health.maxIntervalS * 1e3);
  }
}

export {
  getJsonPath,
  waitHealthy
};
