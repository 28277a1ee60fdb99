import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  ApiKeyInputError,
  createApiKey
} from "./chunk-B7T3UVMW.js";
import "./chunk-LDYJJVXS.js";
import {
  permissionLevels
} from "./chunk-INJCVSTR.js";
import {
  UsageError
} from "./chunk-67WMFPEX.js";
import "./chunk-LY7GTVVW.js";

// src/serve/parse-duration.ts
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(text, what) {
  const m = /^(\d{1,6})([smhd])$/.exec(text);
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]] : NaN;
  if (!(ms > 0) || ms > 3650 * UNIT_MS["d"])
    throw new ApiKeyInputError(`${what} ${JSON.stringify(text)}: expected a duration such as 90s, 45m, 12h or 30d`);
  return ms;
}

// src/cli/commands/keys-command.ts
var usage = `usage: oda keys create --name <name> --scopes <scope>[,<scope>...] [--role read|triage|write|maintain|admin] [--repo <name>] [--expires 30d]
       oda keys list [--format text|json]
       oda keys revoke <id>`;
async function keysCommand(o) {
  const [sub, ...rest] = o.args;
  if (o.options.help || sub === void 0) {
    o.io.out(
      `${usage}

Scopes: * (every op but production changes), an op (manifest.verify), a family (manifest),
or op:environment (deploy:prod; needed for any change to a production environment).
`
    );
    return sub === void 0 && !o.options.help ? 2 : 0;
  }
  if (sub === "create") return create(o, rest);
  const store = await o.openStore();
  try {
    if (sub === "list") {
      if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`, usage);
      const keys = (await store.listApiKeys()).map(({ salt: _s, hash: _h, ...shown }) => shown);
      if (o.options.format === "json") o.io.out(JSON.stringify(keys, null, 2) + "\n");
      else if (keys.length === 0) o.io.out("no API keys\n");
      else
        for (const k of keys)
          o.io.out(
            `${k.id}  ${k.name.padEnd(16)} ${k.role.padEnd(8)} ${k.scopes.join(",")}${k.repo ? ` repo=${k.repo}` : ""}  ${k.revokedAt ? `revoked ${k.revokedAt}` : k.expiresAt ? `expires ${k.expiresAt}` : "no expiry"}  last used ${k.lastUsedAt ?? "never"}
`
          );
      return 0;
    }
    if (sub === "revoke") {
      if (rest.length !== 1) throw new UsageError("usage: oda keys revoke <id>");
      if (!await store.revokeApiKey(rest[0], (/* @__PURE__ */ new Date()).toISOString())) {
        o.io.err(`no active API key with id ${rest[0]}
`);
        return 1;
      }
      o.io.out(`revoked ${rest[0]}
`);
      return 0;
    }
    throw new UsageError(`unknown subcommand "oda keys ${sub}"`, usage);
  } finally {
    await store.close();
  }
}
async function create(o, args) {
  const flags = /* @__PURE__ */ new Map();
  for (let i = 0; i < args.length; i++) {
    const name2 = args[i];
    const value = args[i + 1];
    if (!["--name", "--scopes", "--role", "--repo", "--expires"].includes(name2) || value === void 0)
      throw new UsageError(`unexpected argument ${JSON.stringify(name2)}`, usage);
    flags.set(name2, value);
    i++;
  }
  const name = flags.get("--name");
  const scopes = flags.get("--scopes");
  if (!name || !scopes) throw new UsageError("oda keys create needs --name and --scopes", usage);
  const role = flags.get("--role") ?? "write";
  if (!permissionLevels.includes(role))
    throw new UsageError(`--role ${role}: use one of ${permissionLevels.join(", ")}`);
  const expires = flags.get("--expires");
  const store = await o.openStore();
  try {
    const now = /* @__PURE__ */ new Date();
    const created = await createApiKey({
      store,
      name,
      scopes: scopes.split(",").map((s) => s.trim()),
      role,
      repo: flags.get("--repo"),
      expiresAt: expires === void 0 ? void 0 : new Date(now.getTime() + parseDuration(expires, "--expires")),
      createdBy: o.io.env["USER"] ?? "local",
      now
    });
    const { salt: _s, hash: _h, ...shown } = created.record;
    if (o.options.format === "json") o.io.out(JSON.stringify({ key: created.key, ...shown }, null, 2) + "\n");
    else
      o.io.out(
        `${created.key}

API key ${shown.name} (id ${shown.id}, role ${shown.role}, scopes ${shown.scopes.join(",")}${shown.expiresAt ? `, expires ${shown.expiresAt}` : ""}).
This is the only time the key is shown; oda keeps only a salted hash.
`
      );
    return 0;
  } finally {
    await store.close();
  }
}
export {
  keysCommand
};
