import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  CHECK_RUN_PREFIX,
  checkRunName
} from "./chunk-GXEBDXYZ.js";
import {
  clientFromToken
} from "./chunk-VL3VX4V6.js";
import {
  makeReport
} from "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";

// src/ops/protect/plan-required-checks.ts
function planRequiredChecks(current, wanted) {
  const want = new Set(wanted);
  const isOda = (c) => c.context.startsWith(CHECK_RUN_PREFIX);
  const remove = current.filter((c) => isOda(c) && !want.has(c.context)).map((c) => c.context);
  const kept = current.filter((c) => !isOda(c) || want.has(c.context));
  const have = new Set(kept.map((c) => c.context));
  const add = wanted.filter((w) => !have.has(w));
  return { add, remove, next: [...kept, ...add.map((context) => ({ context }))] };
}

// src/ops/protect/run.ts
var RULESET_NAME = "oda required checks";
var MAX_RULESETS = 100;
var ProtectError = class extends Error {
  name = "ProtectError";
  usage = true;
};
async function githubOf(ctx) {
  const repo = ctx.ports.repo;
  const token = ctx.ports.githubToken;
  const gh = ctx.ports.github ?? (repo && token ? await clientFromToken({ token, baseUrl: ctx.ports.githubApiUrl ?? "https://api.github.com" }) : void 0);
  if (!gh || !repo)
    throw new ProtectError(
      "protect changes the repository on GitHub: run it where oda has a GitHub repository and token (the Action, the App)"
    );
  return { gh, owner: repo.owner, repo: repo.repo };
}
var statusRuleOf = (rules) => rules.find((r) => r.type === "required_status_checks");
function currentChecks(rule) {
  const list = rule?.parameters?.["required_status_checks"];
  return Array.isArray(list) ? list : [];
}
function nextRules(rules, next) {
  const rule = statusRuleOf(rules);
  if (!rule)
    return [
      ...rules,
      {
        type: "required_status_checks",
        parameters: { required_status_checks: next, strict_required_status_checks_policy: false }
      }
    ];
  return rules.map(
    (r) => r === rule ? {
      ...r,
      parameters: {
        strict_required_status_checks_policy: false,
        ...r.parameters,
        required_status_checks: next
      }
    } : r
  );
}
function render(record, target) {
  const diff = [...record.add.map((c) => `+ ${c}`), ...record.remove.map((c) => `- ${c}`)];
  const verb = record.dryRun ? "would" : "will";
  const title = !record.changed ? `${target} already requires the enabled oda checks` : record.dryRun ? `dry run: ${record.add.length} check(s) to add, ${record.remove.length} to remove` : `${record.created ? "created" : "updated"} ruleset "${RULESET_NAME}": ${record.add.length} added, ${record.remove.length} removed`;
  const summary = [
    `Ruleset **${RULESET_NAME}**${record.rulesetId ? ` (id ${record.rulesetId})` : record.changed ? ` ${verb} be created` : ""} on ${target}.`,
    diff.length ? ["", "```diff", ...diff, "```"].join("\n") : "",
    "",
    `Required oda checks: ${record.required.length ? record.required.map((c) => `\`${c}\``).join(", ") : "none"}.`
  ].join("\n");
  return makeReport({ conclusion: "success", title, summary, data: record });
}
var PR_CHECKS = ["spec-kit", "manifest", "secrets", "odoo-ci"];
async function runProtect(ctx, input) {
  const { gh, owner, repo } = await githubOf(ctx);
  const wanted = PR_CHECKS.filter((name) => ctx.config[name].enabled !== false).map(checkRunName);
  const existing = await ctx.step("read rulesets", async (h) => {
    const { data } = await gh.request("GET /repos/{owner}/{repo}/rulesets", {
      owner,
      repo,
      per_page: MAX_RULESETS,
      includes_parents: false
    });
    const list = data;
    h.note(`${list.length} ruleset(s)`);
    const own = list.find((r) => r.name === RULESET_NAME);
    if (!own) {
      if (list.length >= MAX_RULESETS)
        throw new Error(`${owner}/${repo} has ${MAX_RULESETS} or more rulesets; oda reads one page only`);
      return void 0;
    }
    const full = await gh.request("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
      owner,
      repo,
      ruleset_id: own.id
    });
    return full.data;
  });
  const rules = existing?.rules ?? [];
  const plan = planRequiredChecks(currentChecks(statusRuleOf(rules)), wanted);
  const changed = !existing || plan.add.length > 0 || plan.remove.length > 0;
  const record = {
    dryRun: input.dryRun,
    rulesetId: existing?.id,
    created: false,
    changed,
    add: plan.add,
    remove: plan.remove,
    required: wanted
  };
  const target = `${owner}/${repo}'s default branch`;
  if (input.dryRun || !changed) return render(record, target);
  await ctx.step(existing ? "update ruleset" : "create ruleset", async (h) => {
    if (existing) {
      await gh.request("PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
        owner,
        repo,
        ruleset_id: existing.id,
        rules: nextRules(rules, plan.next)
      });
    } else {
      const { data } = await gh.request("POST /repos/{owner}/{repo}/rulesets", {
        owner,
        repo,
        name: RULESET_NAME,
        target: "branch",
        enforcement: "active",
        conditions: { ref_name: { include: ["~DEFAULT_BRANCH"], exclude: [] } },
        rules: nextRules([], plan.next)
      });
      record.rulesetId = data.id;
      record.created = true;
    }
    h.note(`ruleset ${record.rulesetId}: +${plan.add.length} -${plan.remove.length}`);
  });
  return render(record, target);
}
export {
  PR_CHECKS,
  RULESET_NAME,
  runProtect
};
