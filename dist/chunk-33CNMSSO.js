import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  getActorPermission
} from "./chunk-OEKSQ5ZW.js";
import {
  permits,
  requiredPermission
} from "./chunk-NGDJFKZU.js";
import {
  clientFromToken
} from "./chunk-VL3VX4V6.js";

// src/face/actor-permission.ts
async function actorPermission(query) {
  let need;
  for (const op of query.ops) {
    const required = requiredPermission(op, query.config);
    if (!permits(need?.permission ?? "read", required.permission)) need = { op, ...required };
  }
  if (need === void 0) return "read";
  const actual = await query.ask(need);
  return permits(actual, "read") ? actual : "read";
}

// src/face/github-actions-actor.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var MAX_EVENT_BYTES = 32 * 1024 * 1024;
function githubActionsActor(env) {
  return nonEmpty(env["GITHUB_TRIGGERING_ACTOR"]) ?? eventSender(env["GITHUB_EVENT_PATH"]) ?? nonEmpty(env["GITHUB_ACTOR"]);
}
function eventSender(path) {
  const event = readActionsEvent(path);
  const sender = isRecord(event) && isRecord(event["sender"]) ? event["sender"]["login"] : void 0;
  return typeof sender === "string" ? nonEmpty(sender) : void 0;
}
function readActionsEvent(path) {
  if (!path) return void 0;
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    return void 0;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_EVENT_BYTES) return void 0;
    const bytes = Buffer.alloc(st.size);
    readSync(fd, bytes, 0, st.size, 0);
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/face/permission-unknown-error.ts
var PermissionUnknownError = class extends Error {
  name = "PermissionUnknownError";
  usage = true;
};

// src/face/github-actions-permission.ts
async function githubActionsPermission(runner) {
  const actor = githubActionsActor(runner.env) ?? "github-actions";
  const permission = await actorPermission({
    ops: runner.ops,
    config: runner.config,
    ask: async (need) => {
      const [owner, repo, ...more] = (runner.env["GITHUB_REPOSITORY"] ?? "").split("/");
      const refuse = (why) => new PermissionUnknownError(
        `${need.op.name} requires ${need.permission} permission (${need.source}), and oda asks GitHub what ${actor} has: ${why}`
      );
      if (!owner || !repo || more.length > 0) throw refuse("GITHUB_REPOSITORY is not set to owner/repo");
      if (!runner.token) throw refuse(`no token to ask with; ${runner.tokenHint}`);
      const client = await clientFromToken({
        token: runner.token,
        baseUrl: runner.env["GITHUB_API_URL"] ?? "https://api.github.com"
      });
      return getActorPermission({ client, owner, repo, username: actor });
    }
  });
  return { actor, permission };
}

export {
  readActionsEvent,
  githubActionsPermission
};
