import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-FNTT3OZQ.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-X255FOQO.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-GSYPTV5S.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-PT5BXQTX.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  mcp: async (o) => (await import("./chunk-4G3CLHZY.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
