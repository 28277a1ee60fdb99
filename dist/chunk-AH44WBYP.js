import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-P5EQJBQE.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-N33K3EHC.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-ZLXELNLT.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-I3KURQYW.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  serve: async (command) => (await import("./chunk-NPVB2WCB.js")).serveCommand(command),
  mcp: async (o) => (await import("./chunk-MNVZO3Z6.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
