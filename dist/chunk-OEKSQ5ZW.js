import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  permissionLevels
} from "./chunk-INJCVSTR.js";
import {
  statusOf
} from "./chunk-F2GYBYQM.js";

// src/github/get-actor-permission.ts
async function getActorPermission(o) {
  try {
    const res = await o.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      owner: o.owner,
      repo: o.repo,
      username: o.username
    });
    const data = res.data;
    const role = typeof data === "object" && data !== null && "role_name" in data ? data.role_name : void 0;
    const permission = typeof data === "object" && data !== null && "permission" in data ? data.permission : void 0;
    return permissionLevels.find((p) => p === role) ?? permissionLevels.find((p) => p === permission) ?? "none";
  } catch (error) {
    if (statusOf(error) === 404) return "none";
    throw error;
  }
}

export {
  getActorPermission
};
