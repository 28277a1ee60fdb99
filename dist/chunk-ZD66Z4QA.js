import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-5DBPEDEB.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-RSSNQZVN.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-X25SWHAZ.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-KSLKMY7W.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  mcp: async (o) => (await import("./chunk-PBEYF374.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
