# syntax=docker/dockerfile:1
# oda as a service: the GitHub App (`oda start`), or the sandbox when no App credentials are set.

# Build: install every dependency and bundle the CLI (which holds the App) into dist/.
FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# Run: the bundle is self-contained (no node_modules); git and ssh serve large PRs and deploys.
FROM node:24-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates git openssh-client \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /var/lib/oda/data /var/lib/oda/work \
  && chown -R 1000:1000 /var/lib/oda
WORKDIR /app
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/dist ./dist
COPY --from=build /src/schema ./schema
COPY --from=build /src/src/sim/openapi ./src/sim/openapi
COPY --from=build /src/examples ./examples
# Everything the App writes goes to /var/lib/oda and /tmp: the root filesystem can be read-only.
ENV NODE_ENV=production \
  PORT=3000 \
  HOST=0.0.0.0 \
  ODA_DATA_DIR=/var/lib/oda/data \
  ODA_WORK_DIR=/var/lib/oda/work
VOLUME ["/var/lib/oda", "/tmp"]
# The image's own `node` user (uid 1000), by number so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["start"]
