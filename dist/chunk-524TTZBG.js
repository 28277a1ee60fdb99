import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-FVWDGLIR.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-LP6ZJAEE.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-FBXYV5H6.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-WYLYX4P7.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  serve: async (command) => (await import("./chunk-2DVI4H4S.js")).serveCommand(command),
  mcp: async (o) => (await import("./chunk-AD7RDYU4.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
