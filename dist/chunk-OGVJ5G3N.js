import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  ExitCode
} from "./chunk-KQS5XTYR.js";
import {
  githubActionsPermission
} from "./chunk-33CNMSSO.js";
import {
  cliToken
} from "./chunk-G746FLH4.js";

// src/cli/exit-code-for.ts
function exitCodeFor(record) {
  if (record.state === "succeeded") return ExitCode.ok;
  const denied = record.pdrs.some((d) => d.verdict === "deny");
  if (record.state === "failed" && record.error !== void 0 && !denied) return ExitCode.internal;
  return ExitCode.failed;
}

// src/cli/cli-actor.ts
async function cliActor(ops, config, io) {
  if (io.env["GITHUB_ACTIONS"] !== "true") return { actor: io.env["USER"] ?? "local", permission: "admin" };
  return githubActionsPermission({
    ops,
    config,
    env: io.env,
    token: cliToken(io),
    tokenHint: "give the oda action its github-token input, or set GITHUB_TOKEN for the step"
  });
}

export {
  exitCodeFor,
  cliActor
};
