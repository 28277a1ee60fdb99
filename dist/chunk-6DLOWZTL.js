import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  getJsonPath,
  waitHealthy
} from "./chunk-76UQGTNL.js";
import {
  openTarget
} from "./chunk-R35WRQIS.js";
import "./chunk-H4D52SFG.js";
import {
  findEnvironment
} from "./chunk-LJALDYRS.js";
import "./chunk-I63FROPD.js";
import "./chunk-HFEUIW6P.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/deploy/health/run-probe.ts
async function runProbe(p, target) {
  const started = performance.now();
  const done = (status, value, message) => ({
    name: p.name,
    type: p.type,
    status,
    value,
    latencyMs: Math.round(performance.now() - started),
    message
  });
  try {
    if (p.type === "http-json") {
      const res = await fetch(p.url, { signal: AbortSignal.timeout(1e4) });
      const value = getJsonPath(await res.json(), p.jsonPath);
      if (value === void 0) return done("fail", null, `${p.jsonPath} missing (HTTP ${res.status})`);
      const warn = p.warnAbove > 0 && typeof value === "number" && value > p.warnAbove;
      return done(
        warn ? "warn" : "ok",
        value,
        `${p.jsonPath}=${JSON.stringify(value)}${warn ? ` (above ${p.warnAbove})` : ""}`
      );
    }
    if (!target) return done("fail", null, "no target to run the probe on");
    if (p.type === "disk") {
      const r2 = await target.run({
        script: 'df -Pk -- "$ODA_PROBE_PATH"',
        env: { ODA_PROBE_PATH: p.path },
        timeoutMs: 1e4
      });
      const fields = r2.stdout.trim().split("\n").at(-1)?.split(/\s+/) ?? [];
      const percent = Number(fields[4]?.replace("%", ""));
      if (r2.exitCode !== 0 || !Number.isFinite(percent))
        return done("fail", null, `df failed: ${(r2.stderr || r2.stdout).trim().slice(0, 160)}`);
      const value = { usedPercent: percent, availableMb: Math.floor(Number(fields[3]) / 1024), path: p.path };
      const warn = p.warnAbove > 0 && percent > p.warnAbove;
      return done(warn ? "warn" : "ok", value, `${p.path} ${percent}% used${warn ? ` (above ${p.warnAbove}%)` : ""}`);
    }
    const r = await target.run({ script: p.run, timeoutMs: 3e4 });
    const out = r.stdout.trim();
    return done(r.exitCode === 0 ? "ok" : "fail", parseMaybeJson(out), `exit ${r.exitCode}`);
  } catch (error) {
    return done("fail", null, error.message);
  }
}
function parseMaybeJson(text) {
  const short = text.slice(0, 8192);
  try {
    return JSON.parse(short);
  } catch {
    const lines = short.split("\n").filter(Boolean);
    try {
      return lines.map((l) => JSON.parse(l));
    } catch {
      return short;
    }
  }
}

// src/deploy/ops/health/run.ts
async function runHealth(ctx, input) {
  const env = findEnvironment(ctx.config, input.environment);
  const probes = input.probes ? env.health.probes : [];
  const needsTarget = env.health.checks.some((c) => c.type === "command") || probes.some((p) => p.type !== "http-json");
  let target;
  try {
    target = needsTarget ? await openTarget({ envName: input.environment, env, ctx }) : void 0;
    const health = input.wait ? env.health : { ...env.health, deadlineS: 0 };
    const run = await ctx.step(
      "checks",
      () => waitHealthy({ health, deps: { target, env: ctx.env, signal: ctx.signal } })
    );
    const probeResults = await ctx.step(
      "probes",
      () => Promise.all(probes.map((p) => runProbe(p, target)))
    );
    const checks = run.results.map((r) => ({ ...r, message: ctx.redact.redact(r.message) }));
    const warn = probeResults.filter((p) => p.status !== "ok");
    const data = ctx.redact.redactValue({
      schemaVersion: 1,
      environment: input.environment,
      checkedAt: ctx.now().toISOString(),
      ok: run.ok,
      checks,
      probes: probeResults
    });
    const failed = checks.filter((c) => !c.ok);
    const title = run.ok ? `${input.environment} is healthy (${checks.length} checks${warn.length ? `, ${warn.length} probe warnings` : ""})` : `${input.environment} is unhealthy: ${failed.map((c) => c.name).join(", ")}`;
    const summary = [
      `| check | status | latency | detail |`,
      `|---|---|---|---|`,
      ...checks.map(
        (c) => `| ${c.name} (${c.type}) | ${c.ok ? "ok" : "FAIL"} | ${c.latencyMs} ms | ${c.message.replace(/\|/g, "\\|")} |`
      ),
      ...probeResults.length ? [
        "",
        "| probe | status | value |",
        "|---|---|---|",
        ...probeResults.map(
          (p) => `| ${p.name} (${p.type}) | ${p.status} | ${ctx.redact.redact(p.message).replace(/\|/g, "\\|")} |`
        )
      ] : []
    ].join("\n");
    return makeReport({ conclusion: run.ok ? warn.length ? "neutral" : "success" : "failure", title, summary, data });
  } catch (error) {
    if (error.name !== "TargetError") throw error;
    const message = ctx.redact.redact(error.message);
    return makeReport({
      conclusion: "failure",
      title: message,
      data: { schemaVersion: 1, environment: input.environment, ok: false, checks: [], probes: [], error: message }
    });
  } finally {
    await target?.close();
  }
}
export {
  runHealth
};
