import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/serve/served-repos.ts
import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
var REPO_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
var ServedRepoError = class extends Error {
  name = "ServedRepoError";
  usage = true;
};
function parseServedRepos(values, cwd) {
  const out = [];
  for (const value of values) {
    const eq = value.indexOf("=");
    const name = eq < 0 ? "" : value.slice(0, eq);
    const dir = eq < 0 ? "" : value.slice(eq + 1);
    if (!REPO_NAME.test(name) || dir === "")
      throw new ServedRepoError(
        `--repo ${JSON.stringify(value)}: expected name=<dir> with a name of letters, digits, _ and - (e.g. --repo shop=./odoo-shop)`
      );
    if (out.some((r) => r.name === name)) throw new ServedRepoError(`--repo ${name} is given twice`);
    out.push({ name, dir: realFolder(resolve(cwd, dir), value) });
  }
  return out;
}
function findServedRepo(repos, name) {
  const found = REPO_NAME.test(name) ? repos.find((r) => r.name === name) : void 0;
  if (!found)
    throw new ServedRepoError(
      `unknown repository ${JSON.stringify(name.slice(0, 100))}; this server serves: ${repos.map((r) => r.name).join(", ") || "(none)"}`
    );
  return found;
}
function realFolder(dir, option) {
  try {
    const real = realpathSync.native(dir);
    if (statSync(real).isDirectory()) return real;
  } catch {
  }
  throw new ServedRepoError(`--repo ${option}: ${dir} is not a folder`);
}

export {
  ServedRepoError,
  parseServedRepos,
  findServedRepo
};
