import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-K43MRSMQ.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-PAIWT5H4.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-6B2JYRK2.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-H7VYMY6H.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  mcp: async (o) => (await import("./chunk-JOI3CAZL.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
