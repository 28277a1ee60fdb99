import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  DeployError,
  configDigest,
  refusalReport,
  renderReleaseReport,
  runRelease,
  selectReleasePorts,
  validateRefName
} from "./chunk-IX4FRNHW.js";
import "./chunk-QTNHXZD3.js";
import "./chunk-76UQGTNL.js";
import {
  runUrlOf,
  triggerOf
} from "./chunk-K3R2PSVG.js";
import {
  openTarget
} from "./chunk-R35WRQIS.js";
import "./chunk-H4D52SFG.js";
import "./chunk-F2GYBYQM.js";
import {
  findEnvironment
} from "./chunk-LJALDYRS.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-I63FROPD.js";
import "./chunk-HFEUIW6P.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/deploy/match-ref-glob.ts
function matchRefGlob(pattern, refName) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`).test(refName);
}
function isRefAllowed(allowed, fullName) {
  return allowed.length === 0 || allowed.some((p) => matchRefGlob(p, fullName));
}

// src/deploy/ops/deploy/run.ts
async function runDeploy(ctx, input) {
  try {
    const env = findEnvironment(ctx.config, input.environment);
    if (input.ref) validateRefName(input.ref);
    let resolvedSha = "";
    const ports = await selectReleasePorts(ctx, async () => resolvedSha);
    const ref = input.ref || await ports.refs.defaultBranch();
    const resolved = await ctx.step("resolve ref", async (h) => {
      const r = await ports.refs.resolve(ref);
      if (!r) throw new DeployError("unknown_ref", `ref ${JSON.stringify(ref)} does not exist in the repository`);
      h.note(`${ref} -> ${r.fullName} ${r.sha}`);
      const allowed = env.allowedRefs.length > 0 ? env.allowedRefs : env.production ? [`refs/heads/${await ports.refs.defaultBranch()}`, "refs/tags/**"] : [];
      if (!isRefAllowed(allowed, r.fullName))
        throw new DeployError(
          "ref_not_allowed",
          `${r.fullName} may not be deployed to ${input.environment}; allowed: ${allowed.join(", ")}${env.allowedRefs.length === 0 ? " (the production default; set allowedRefs to change it)" : ""}`
        );
      return r;
    });
    resolvedSha = resolved.sha;
    const base = {
      ctx,
      kind: "deploy",
      envName: input.environment,
      env,
      ref,
      resolved,
      reason: input.reason,
      trigger: triggerOf(ctx),
      runUrl: runUrlOf(ctx),
      configDigest: configDigest(env)
    };
    if (input.dryRun) {
      return renderReleaseReport({
        schemaVersion: 1,
        kind: "deploy",
        outcome: "planned",
        environment: input.environment,
        actor: ctx.actor,
        trigger: base.trigger,
        runUrl: base.runUrl,
        ref,
        refName: resolved.fullName,
        sha: resolved.sha,
        tree: resolved.tree,
        configDigest: base.configDigest,
        target: env.target.type,
        steps: env.steps.map((s) => ({
          name: s.name,
          sha: resolved.sha,
          exitCode: null,
          durationMs: 0,
          timedOut: false,
          timeoutS: s.timeoutS,
          outputTail: ""
        }))
      });
    }
    const record = await runRelease({
      ...base,
      lock: ports.lock,
      deployments: ports.deployments,
      openTarget: () => openTarget({ envName: input.environment, env, ctx })
    });
    return renderReleaseReport(record);
  } catch (error) {
    return refusalReport(ctx, { kind: "deploy", environment: input.environment, ref: input.ref }, error);
  }
}
export {
  runDeploy
};
