import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);

// src/github/client-from-token.ts
async function clientFromToken(o) {
  const { ProbotOctokit } = await import("./chunk-GAAD33LO.js");
  return new ProbotOctokit({ auth: { token: o.token }, baseUrl: o.baseUrl });
}

export {
  clientFromToken
};
