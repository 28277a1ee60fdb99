import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import "./chunk-LY7GTVVW.js";

// bin/hosted-faces.ts
var hostedFaces = {
  action: async (op, env) => (await import("./chunk-EGODSY3G.js")).runFromAction(op, env),
  hasAppCredentials: async (env) => (await import("./chunk-M36K3P5Q.js")).hasAppCredentials(env),
  serveAppOrSandbox: async (o) => (await import("./chunk-OBBES6MX.js")).serveAppOrSandbox(o),
  sandboxPr: async ({ format, ...options }) => {
    const { sandboxPr } = await import("./chunk-ML2E72IS.js");
    const { renderSandboxPr } = await import("./chunk-HLC7GE5B.js");
    const result = await sandboxPr(options);
    return {
      exitCode: result.exitCode,
      output: format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderSandboxPr(result)
    };
  },
  serve: async (command) => (await import("./chunk-OT6V4AUA.js")).serveCommand(command),
  mcp: async (o) => (await import("./chunk-OOVJOQZF.js")).serveMcpStdio(o)
};
export {
  hostedFaces
};
