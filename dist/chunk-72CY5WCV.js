import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  DeployError,
  configDigest,
  refusalReport,
  renderReleaseReport,
  runRelease,
  selectCurrentDeployment,
  selectReleasePorts,
  selectRollbackTarget
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

// src/deploy/ops/rollback/run.ts
async function runRollback(ctx, input) {
  try {
    const env = findEnvironment(ctx.config, input.environment);
    const ports = await selectReleasePorts(
      ctx,
      async () => input.sha || current?.sha || (await ports.refs.resolve(await ports.refs.defaultBranch())).sha
    );
    const history = await ctx.step("history", () => ports.deployments.history(input.environment));
    const current = selectCurrentDeployment(history);
    const sha = await ctx.step("select target", async (h) => {
      if (!input.sha) {
        const to = current ? selectRollbackTarget(history, current) : void 0;
        if (!to)
          throw new DeployError(
            "no_rollback_target",
            `no earlier successful deployment of ${input.environment} to roll back to (current: ${current?.sha.slice(0, 7) ?? "none"})`
          );
        h.note(`last good: deployment ${to.id} ${to.sha}`);
        return to.sha;
      }
      if (history.some((d) => d.succeeded && d.sha === input.sha)) return input.sha;
      if (input.force && await ports.refs.isAncestorOfDefault(input.sha)) {
        h.note(`${input.sha} was never deployed to ${input.environment}; allowed by --force (on the default branch)`);
        return input.sha;
      }
      throw new DeployError(
        "not_deployed_before",
        `${input.sha} was never deployed successfully to ${input.environment}${input.force ? " and is not an ancestor of the default branch" : "; pass --force to allow a commit of the default branch"}`
      );
    });
    const resolved = await ports.refs.resolve(sha);
    if (!resolved) throw new DeployError("unknown_ref", `commit ${sha} does not exist in the repository`);
    const base = {
      ctx,
      kind: "rollback",
      envName: input.environment,
      env,
      ref: sha,
      resolved,
      reason: input.reason,
      trigger: triggerOf(ctx),
      runUrl: runUrlOf(ctx),
      configDigest: configDigest(env),
      rolledBackFrom: current?.id
    };
    if (input.dryRun) {
      return renderReleaseReport({
        schemaVersion: 1,
        kind: "rollback",
        outcome: "planned",
        environment: input.environment,
        actor: ctx.actor,
        trigger: base.trigger,
        runUrl: base.runUrl,
        ref: sha,
        refName: sha,
        sha,
        tree: resolved.tree,
        configDigest: base.configDigest,
        target: env.target.type,
        steps: [],
        rolledBackFrom: current?.id
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
    return refusalReport(ctx, { kind: "rollback", environment: input.environment, ref: input.sha }, error);
  }
}
export {
  runRollback
};
