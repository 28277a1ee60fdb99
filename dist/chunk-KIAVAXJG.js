import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  githubConfigSource
} from "./chunk-SQSYLVYG.js";
import {
  clientFromToken
} from "./chunk-VL3VX4V6.js";
import {
  linkOutsideMessage
} from "./chunk-2OWDFRQR.js";
import {
  readInside
} from "./chunk-EQBUWK5K.js";

// src/config/disk-config-source.ts
function diskConfigSource(root, o = {}) {
  return {
    repository: o.repository,
    orgUnavailable: o.org ? void 0 : o.orgUnavailable ?? "oda reads it only through the GitHub API",
    name: (ref) => ref.repo === "org" && o.org ? o.org.name(ref) : ref.path,
    read: async (ref, maxBytes) => {
      if (ref.repo === "org" && o.org) return o.org.read(ref, maxBytes);
      const read = readInside(root, ref.path, { maxBytes });
      switch (read.kind) {
        case "bytes":
          return { kind: "bytes", bytes: read.bytes };
        case "missing":
          return { kind: "missing" };
        case "outside":
          return { kind: "refused", reason: linkOutsideMessage(ref.path).replace(`${ref.path} `, "") };
        case "too-large":
          return { kind: "refused", reason: `is ${read.size} bytes, over the ${maxBytes}-byte limit of a config file` };
        case "not-a-file":
          return { kind: "refused", reason: `is a ${read.type}, not a regular file` };
        case "loop":
          return { kind: "refused", reason: "is a loop of symbolic links" };
        default:
          return { kind: "refused", reason: `cannot be read (${read.code})` };
      }
    }
  };
}

// src/face/checkout-config-source.ts
function checkoutConfigSource(dir, env, token) {
  const [owner, repo, ...more] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const repository = owner && repo && more.length === 0 ? { owner, repo } : void 0;
  if (!repository || !token)
    return diskConfigSource(dir, {
      repository,
      orgUnavailable: "oda reads it through the GitHub API, which needs GITHUB_REPOSITORY (owner/repo) and a token (the action input github-token, or GITHUB_TOKEN)"
    });
  let org;
  const api = async () => org ??= githubConfigSource({
    client: await clientFromToken({ token, baseUrl: env["GITHUB_API_URL"] ?? "https://api.github.com" }),
    ...repository
  });
  return diskConfigSource(dir, {
    repository,
    org: {
      name: (ref) => `${repository.owner}/.github:${ref.path}`,
      read: async (ref, maxBytes) => (await api()).read(ref, maxBytes)
    }
  });
}

export {
  checkoutConfigSource
};
