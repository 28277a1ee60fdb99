import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  countNoun
} from "./chunk-Z7DZXW6N.js";
import {
  runCommand
} from "./chunk-NSCG2XAA.js";
import {
  conclusionFor,
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/odoo-stack-check/run.ts
import { resolve } from "node:path";

// src/odoo/ci/stack/judge-health-response.ts
function judgeHealthResponse(o, expect) {
  if ("error" in o) return { healthy: false, why: o.error };
  if (o.status !== expect.status) return { healthy: false, why: `HTTP ${o.status}, expected ${expect.status}` };
  if (expect.bodyMatch && !new RegExp(expect.bodyMatch).test(o.body))
    return { healthy: false, why: `body does not match /${expect.bodyMatch}/: ${excerpt(o.body)}` };
  return { healthy: true, why: `HTTP ${o.status}` };
}
function excerpt(body) {
  const one = body.replace(/\s+/g, " ").trim();
  return one.length > 120 ? `${one.slice(0, 120)}\u2026` : one || "(empty body)";
}

// src/ops/odoo-stack-check/steps/probe-health.ts
var BODY_MAX = 64 * 1024;
async function probeHealth(check, signal) {
  const started = Date.now();
  let detail = "";
  for (let attempt = 1; attempt <= check.retries + 1; attempt++) {
    const verdict = judgeHealthResponse(await observe(check, signal), check);
    detail = verdict.why;
    if (verdict.healthy)
      return {
        name: check.name,
        url: check.url,
        healthy: true,
        attempts: attempt,
        detail,
        elapsedMs: Date.now() - started
      };
    if (signal.aborted || attempt > check.retries) break;
    await sleep(check.intervalS * 1e3, signal);
  }
  return {
    name: check.name,
    url: check.url,
    healthy: false,
    attempts: check.retries + 1,
    detail,
    elapsedMs: Date.now() - started
  };
}
async function observe(check, signal) {
  try {
    const res = await fetch(check.url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(check.timeoutS * 1e3)]),
      redirect: "manual"
    });
    const body = (await res.text()).slice(0, BODY_MAX);
    return { status: res.status, body };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}
function sleep(ms, signal) {
  return new Promise((resolve2) => {
    const t = setTimeout(resolve2, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve2();
      },
      { once: true }
    );
  });
}

// src/ops/odoo-stack-check/steps/run-stack-command.ts
async function runStackCommand(ctx, o) {
  const [file, ...args] = o.argv;
  if (!file) return { ok: false, exitCode: void 0, timedOut: false, tail: "", why: "is empty" };
  const options = { cwd: o.cwd, timeoutMs: o.timeoutS * 1e3, maxBuffer: 64 * 1024 };
  const r = o.evenIfCancelled ? await runCommand({ ...options, file, args, redactor: ctx.redact }) : await ctx.exec(file, args, options);
  const tail = `${r.stdout}
${r.stderr}`.trim().split("\n").slice(-8).join("\n");
  const why = r.timedOut ? `timed out after ${o.timeoutS} s` : r.exitCode === void 0 ? "could not be run (is it installed, on PATH, executable?)" : `exited with ${r.exitCode}`;
  return {
    ok: !r.timedOut && r.exitCode === (o.expectExit ?? 0),
    exitCode: r.exitCode,
    timedOut: r.timedOut,
    tail,
    why
  };
}

// src/ops/odoo-stack-check/steps/check-stack-dir.ts
import { statSync } from "node:fs";
var StackDirError = class extends Error {
  name = "StackDirError";
  usage = true;
};
function checkStackDir(path, shownAs) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat)
    throw new StackDirError(
      `--dir ${shownAs}: folder not found (looked at ${path}); give the folder with the compose file`
    );
  if (!stat.isDirectory())
    throw new StackDirError(
      `--dir ${shownAs} is not a folder (looked at ${path}); give the folder with the compose file`
    );
}

// src/ops/odoo-stack-check/steps/render-stack-summary.ts
function renderStackSummary(o) {
  const out = [o.upOk ? "Stack started." : "The stack did not start; no check ran.", ""];
  if (o.health.length) {
    out.push("| Endpoint | Healthy | Attempts | Time | Detail |", "|---|---|---:|---:|---|");
    for (const h of o.health)
      out.push(
        `| ${h.name} (${h.url}) | ${h.healthy ? "yes" : "**no**"} | ${h.attempts} | ${(h.elapsedMs / 1e3).toFixed(1)} s | ${h.detail.replaceAll("|", "\\|")} |`
      );
    out.push("");
  }
  if (o.smoke.length) {
    out.push("| Smoke command | Passed | Detail |", "|---|---|---|");
    for (const s of o.smoke) out.push(`| ${s.name} | ${s.ok ? "yes" : "**no**"} | ${s.detail} |`);
    out.push("");
  }
  out.push(
    o.down === "done" ? "The stack was torn down." : o.down === "kept" ? "The stack was left running (keep-up)." : "Tearing the stack down FAILED (see the finding); it may still be running."
  );
  return out.join("\n");
}

// src/ops/odoo-stack-check/run.ts
var CONFIG = ".github/oda.yml";
async function runStackCheck(ctx, input) {
  const stack = ctx.config["odoo-ci"].stack;
  const cwd = resolve(ctx.cwd, input.dir);
  checkStackDir(cwd, input.dir);
  if (input.dryRun) {
    const plan = [
      `up: \`${stack.up.join(" ")}\``,
      ...stack.health.map(
        (h) => `health ${h.name}: GET ${h.url} -> ${h.status}${h.bodyMatch ? ` /${h.bodyMatch}/` : ""}`
      ),
      ...stack.smoke.map((s) => `smoke ${s.name}: \`${s.command.join(" ")}\``),
      `down: \`${stack.down.join(" ")}\``
    ];
    return makeReport({
      conclusion: "neutral",
      title: `Dry run: ${stack.health.length} health checks, ${stack.smoke.length} smoke commands`,
      summary: plan.map((l) => `- ${l}`).join("\n")
    });
  }
  const findings = [];
  const health = [];
  const smoke = [];
  let upOk;
  let tornDown = false;
  try {
    const up = await ctx.step(
      "stack up",
      () => runStackCommand(ctx, { argv: stack.up, cwd, timeoutS: stack.upTimeoutS })
    );
    upOk = up.ok;
    if (!up.ok)
      findings.push(
        finding(
          "odoo-stack/up-failed",
          "Stack did not start",
          `\`${stack.up.join(" ")}\` ${up.why}
${up.tail}`.trimEnd()
        )
      );
    if (upOk) {
      for (const check of stack.health)
        health.push(await ctx.step(`health ${check.name}`, () => probeHealth(check, ctx.signal)));
      for (const h of health.filter((x) => !x.healthy))
        findings.push(
          finding(
            "odoo-stack/unhealthy",
            `${h.name} is not healthy`,
            `${h.url}: ${h.detail} (after ${h.attempts} attempts)`
          )
        );
      const healthy = health.every((h) => h.healthy);
      for (const s of stack.smoke) {
        if (!healthy) {
          smoke.push({ name: s.name, ok: false, detail: "skipped: the stack is not healthy" });
          continue;
        }
        const r = await ctx.step(
          `smoke ${s.name}`,
          () => runStackCommand(ctx, { argv: s.command, cwd, timeoutS: s.timeoutS, expectExit: s.expectExit })
        );
        smoke.push({
          name: s.name,
          ok: r.ok,
          detail: r.ok ? `exit ${r.exitCode}` : `${r.why}, expected exit ${s.expectExit}`
        });
        if (!r.ok)
          findings.push(
            finding(
              "odoo-stack/smoke-failed",
              `Smoke command ${s.name} failed`,
              `\`${s.command.join(" ")}\` ${r.why}, expected exit ${s.expectExit}
${r.tail}`.trimEnd()
            )
          );
      }
    }
  } finally {
    if (!input.keepUp) {
      const down = await ctx.step(
        "stack down",
        () => runStackCommand(ctx, { argv: stack.down, cwd, timeoutS: 300, evenIfCancelled: true })
      );
      tornDown = down.ok;
      if (!down.ok)
        findings.push({
          ...finding(
            "odoo-stack/down-failed",
            "Stack not torn down",
            `\`${stack.down.join(" ")}\` ${down.why}
${down.tail}`.trimEnd()
          ),
          level: "warning"
        });
    }
  }
  const conclusion = conclusionFor(findings);
  const healthyCount = health.filter((h) => h.healthy).length;
  const title = conclusion === "success" ? `Stack healthy: ${countNoun(healthyCount, "endpoint")}, ${countNoun(smoke.length, "smoke command")} passed` : !upOk ? "Stack did not start" : `Stack check failed: ${countNoun(findings.filter((f) => f.level === "failure").length, "problem")}`;
  return makeReport({
    conclusion,
    title,
    summary: renderStackSummary({ health, smoke, upOk, down: input.keepUp ? "kept" : tornDown ? "done" : "failed" }),
    findings,
    data: { schemaVersion: 1, upOk, health, smoke, tornDown }
  });
}
function finding(ruleId, title, message) {
  return { path: CONFIG, line: 1, level: "failure", ruleId, title, message };
}
export {
  runStackCheck
};
