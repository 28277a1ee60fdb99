import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  AccessError
} from "./chunk-LDYJJVXS.js";

// src/serve/api-keys.ts
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
var KEY_FORMAT = /^oda_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
var SCOPE_FORMAT = /^(\*|[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*(:[a-z0-9][a-z0-9_-]*)?)$/;
async function createApiKey(o) {
  const bad = o.scopes.find((s) => !SCOPE_FORMAT.test(s));
  if (bad !== void 0 || o.scopes.length === 0)
    throw new ApiKeyInputError(
      `scope ${JSON.stringify(bad ?? "")} is not valid: use *, an op (manifest.verify), a family (manifest) or op:environment (deploy:prod)`
    );
  if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/.test(o.name))
    throw new ApiKeyInputError("the key name must be 1-64 letters, digits, spaces, ., _ or -");
  const id = randomBytes(8).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  const salt = randomBytes(16).toString("hex");
  const record = {
    id,
    name: o.name,
    salt,
    hash: hashSecret(salt, secret),
    scopes: [...o.scopes],
    role: o.role,
    createdBy: o.createdBy,
    createdAt: (o.now ?? /* @__PURE__ */ new Date()).toISOString()
  };
  if (o.repo !== void 0) record.repo = o.repo;
  if (o.expiresAt !== void 0) record.expiresAt = o.expiresAt.toISOString();
  await o.store.createApiKey(record);
  return { key: `oda_${id}_${secret}`, record };
}
async function verifyApiKey(store, presented, now = /* @__PURE__ */ new Date()) {
  const m = KEY_FORMAT.exec(presented);
  const record = m ? await store.getApiKey(m[1]) : void 0;
  if (!m || !record || !safeEqual(record.hash, hashSecret(record.salt, m[2])))
    throw new AccessError(401, "invalid API key");
  if (record.revokedAt !== void 0) throw new AccessError(401, `API key ${record.name} was revoked`);
  if (record.expiresAt !== void 0 && Date.parse(record.expiresAt) <= now.getTime())
    throw new AccessError(401, `API key ${record.name} expired at ${record.expiresAt}`);
  await store.touchApiKey(record.id, now.toISOString());
  return {
    kind: "key",
    actor: `key:${record.name}`,
    role: record.role,
    scopes: record.scopes,
    repo: record.repo,
    credential: record.id
  };
}
var ApiKeyInputError = class extends Error {
  name = "ApiKeyInputError";
  usage = true;
};
function hashSecret(salt, secret) {
  return createHash("sha256").update(salt, "hex").update(secret, "utf8").digest("hex");
}
function safeEqual(a, b) {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

export {
  createApiKey,
  verifyApiKey,
  ApiKeyInputError
};
