import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/face/github-ports-from-env.ts
function githubPortsFromEnv(env, token) {
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "/").split("/");
  if (!owner || !repo) return void 0;
  return {
    repo: { owner, repo },
    ...token ? { githubToken: token } : {},
    githubApiUrl: env["GITHUB_API_URL"] ?? "https://api.github.com"
  };
}

export {
  githubPortsFromEnv
};
