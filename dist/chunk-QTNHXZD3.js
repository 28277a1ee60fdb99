import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  statusOf
} from "./chunk-F2GYBYQM.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";

// src/deploy/lock-info-schema.ts
var lockInfoSchema = external_exports.object({
  environment: external_exports.string(),
  owner: external_exports.string(),
  runId: external_exports.string(),
  runUrl: external_exports.string(),
  reason: external_exports.string(),
  createdAt: external_exports.string(),
  expiresAt: external_exports.string()
});

// src/deploy/encode-lock.ts
var HEADER = "oda-lock v1";
function encodeLock(info) {
  return `${HEADER}

${JSON.stringify(info, null, 2)}
`;
}
function decodeLock(message) {
  if (!message.startsWith(HEADER)) return void 0;
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(message.slice(HEADER.length)));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}
function isLockExpired(info, now) {
  const t = Date.parse(info.expiresAt);
  return Number.isNaN(t) || t <= now.getTime();
}
function describeHolder(info) {
  return `environment ${info.environment} is locked by ${info.runUrl} (${info.owner}, "${info.reason}", until ${info.expiresAt})`;
}

// src/deploy/github/github-deploy-lock.ts
var refSchema = external_exports.object({ object: external_exports.object({ sha: external_exports.string(), type: external_exports.string() }) });
var TAKEOVER_TTL_MS = 6e4;
function createGitHubDeployLock(github) {
  const repo = { owner: github.owner, repo: github.repo };
  const refName = (env, kind) => `oda/${kind}/${env}`;
  const ignore = (...statuses) => (error) => {
    if (!statuses.includes(statusOf(error) ?? 0)) throw error;
  };
  const load = async (ref, env) => {
    let obj;
    try {
      obj = refSchema.parse(
        (await github.octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repo, ref })).data
      ).object;
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
    if (obj.type !== "tag") return { sha: obj.sha, info: unknownHolder(env) };
    const tag = external_exports.object({ message: external_exports.string() }).parse(
      (await github.octokit.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", { ...repo, tag_sha: obj.sha })).data
    );
    return { sha: obj.sha, info: decodeLock(tag.message) ?? unknownHolder(env) };
  };
  const tagFor = async (info) => {
    const res = await github.octokit.request("POST /repos/{owner}/{repo}/git/tags", {
      ...repo,
      tag: `oda-lock-${info.environment}`,
      message: encodeLock(info),
      object: await github.anchorSha(),
      type: "commit"
    });
    return external_exports.object({ sha: external_exports.string() }).parse(res.data).sha;
  };
  const createRef = async (ref, sha) => {
    try {
      await github.octokit.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/${ref}`, sha });
      return true;
    } catch (error) {
      ignore(422, 409)(error);
      return false;
    }
  };
  const deleteRef = (ref) => github.octokit.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...repo, ref }).then(() => void 0, ignore(422, 404));
  const expired = (h) => h === void 0 || isLockExpired(h.info, github.now());
  return {
    async read(env) {
      return (await load(refName(env, "locks"), env))?.info;
    },
    async acquire(info) {
      const env = info.environment;
      const lockRef = refName(env, "locks");
      const takeoverRef = refName(env, "takeover");
      const tagSha = await tagFor(info);
      if (await createRef(lockRef, tagSha)) return { acquired: true, info };
      const seen = await load(lockRef, env);
      if (seen && !expired(seen)) return { acquired: false, holder: seen.info };
      const markerSha = await tagFor({
        ...info,
        reason: `taking over ${env}`,
        expiresAt: new Date(github.now().getTime() + TAKEOVER_TTL_MS).toISOString()
      });
      if (!await createRef(takeoverRef, markerSha)) {
        const taker = await load(takeoverRef, env);
        if (!expired(taker)) return { acquired: false, holder: taker.info };
        await deleteRef(takeoverRef);
        if (!await createRef(takeoverRef, markerSha))
          return { acquired: false, holder: (await load(takeoverRef, env))?.info ?? unknownHolder(env) };
      }
      try {
        const now = await load(lockRef, env);
        if (now && !expired(now)) return { acquired: false, holder: now.info };
        if (now) await deleteRef(lockRef);
        if (await createRef(lockRef, tagSha))
          return { acquired: true, info, ...seen ? { replacedExpired: seen.info } : {} };
        return { acquired: false, holder: (await load(lockRef, env))?.info ?? unknownHolder(env) };
      } finally {
        if ((await load(takeoverRef, env))?.sha === markerSha) await deleteRef(takeoverRef);
      }
    },
    async renew(info) {
      const env = info.environment;
      const lockRef = refName(env, "locks");
      const held = await load(lockRef, env);
      if (!held || held.info.runId !== info.runId || expired(held)) return false;
      const tagSha = await tagFor(info);
      try {
        await github.octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
          ...repo,
          ref: lockRef,
          sha: tagSha,
          force: true
        });
        return true;
      } catch (error) {
        ignore(422, 404)(error);
        return false;
      }
    },
    async release(env, runId) {
      const held = await load(refName(env, "locks"), env);
      if (held?.info.runId === runId) await deleteRef(refName(env, "locks"));
    }
  };
}
function unknownHolder(environment) {
  return {
    environment,
    owner: "unknown",
    runId: "unknown",
    runUrl: `refs/oda/locks/${environment}`,
    reason: "lock ref not written by oda",
    createdAt: "",
    expiresAt: "9999-12-31T23:59:59Z"
  };
}

export {
  lockInfoSchema,
  isLockExpired,
  describeHolder,
  createGitHubDeployLock
};
