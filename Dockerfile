# syntax=docker/dockerfile:1
# One image for the API and the worker:
#   API:     docker run IMAGE                       (node dist/main.js, port 3000)
#   worker:  docker run IMAGE node dist/worker.js   (metrics and health on 9464)
# docker-compose.yml runs both, with PostgreSQL, Redis, Mailpit, Prometheus and Grafana.

ARG NODE_IMAGE=node:22-bookworm-slim

# Every dependency, to build with.
FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# The compiled app (nest build with SWC).
FROM dependencies AS build
WORKDIR /app
COPY nest-cli.json tsconfig.json .swcrc ./
COPY src ./src
RUN npm run build

# Production dependencies only: no test runner, browser driver or compiler in the final image.
FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WORKER_METRICS_HOST=0.0.0.0 \
    WORKER_METRICS_PORT=9464 \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=production-dependencies --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node templates ./templates
COPY --chown=node:node seeds ./seeds
# The app writes nothing else; var/ holds the file outbox or PGlite only where ALLOW_* lets them be used.
RUN mkdir -p /app/var && chown node:node /app/var
USER node
EXPOSE 3000 9464
# Liveness of the API; the worker's service overrides it with its own port.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
